import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  ApiException,
  BaseAPIRequestFactory,
  RequiredError,
  isCodeInRange
} from "./chunk-CYCSWTW4.js";
import {
  HttpInfo,
  HttpMethod
} from "./chunk-CIBRMWYL.js";
import {
  ObjectSerializer
} from "./chunk-5ZZQ7PG7.js";

// node_modules/@kubernetes/client-node/dist/gen/apis/CustomObjectsApi.js
var CustomObjectsApiRequestFactory = class extends BaseAPIRequestFactory {
  /**
   * Creates a cluster scoped Custom object
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   * @param plural The custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param body The JSON schema of the Resource to create.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async createClusterCustomObject(group, version, plural, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "createClusterCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "createClusterCustomObject", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "createClusterCustomObject", "plural");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "createClusterCustomObject", "body");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.POST);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * Creates a namespace scoped Custom object
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural The custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param body The JSON schema of the Resource to create.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async createNamespacedCustomObject(group, version, namespace, plural, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "createNamespacedCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "createNamespacedCustomObject", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "createNamespacedCustomObject", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "createNamespacedCustomObject", "plural");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "createNamespacedCustomObject", "body");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.POST);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * Deletes the specified cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom object\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param body
   */
  async deleteClusterCustomObject(group, version, plural, name, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteClusterCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteClusterCustomObject", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteClusterCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteClusterCustomObject", "name");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1DeleteOptions", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * Delete collection of cluster scoped custom objects
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   * @param plural The custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param body
   */
  async deleteCollectionClusterCustomObject(group, version, plural, pretty, labelSelector, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteCollectionClusterCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteCollectionClusterCustomObject", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteCollectionClusterCustomObject", "plural");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1DeleteOptions", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * Delete collection of namespace scoped custom objects
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural The custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param body
   */
  async deleteCollectionNamespacedCustomObject(group, version, namespace, plural, pretty, labelSelector, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, fieldSelector, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteCollectionNamespacedCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteCollectionNamespacedCustomObject", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteCollectionNamespacedCustomObject", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteCollectionNamespacedCustomObject", "plural");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1DeleteOptions", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * Deletes the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param body
   */
  async deleteNamespacedCustomObject(group, version, namespace, plural, name, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteNamespacedCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteNamespacedCustomObject", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteNamespacedCustomObject", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteNamespacedCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "deleteNamespacedCustomObject", "name");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1DeleteOptions", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * get available resources
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   */
  async getAPIResources(group, version, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "getAPIResources", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "getAPIResources", "version");
    }
    const localVarPath = "/apis/{group}/{version}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * Returns a cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom object\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   */
  async getClusterCustomObject(group, version, plural, name, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObject", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObject", "name");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * read scale of the specified custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   */
  async getClusterCustomObjectScale(group, version, plural, name, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectScale", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectScale", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectScale", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectScale", "name");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}/scale".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * read status of the specified cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   */
  async getClusterCustomObjectStatus(group, version, plural, name, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectStatus", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectStatus", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectStatus", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "getClusterCustomObjectStatus", "name");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}/status".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * Returns a namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   */
  async getNamespacedCustomObject(group, version, namespace, plural, name, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObject", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObject", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObject", "name");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * read scale of the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   */
  async getNamespacedCustomObjectScale(group, version, namespace, plural, name, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectScale", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectScale", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectScale", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectScale", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectScale", "name");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * read status of the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   */
  async getNamespacedCustomObjectStatus(group, version, namespace, plural, name, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectStatus", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectStatus", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectStatus", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectStatus", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "getNamespacedCustomObjectStatus", "name");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * list or watch cluster scoped custom objects
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   * @param plural The custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed.
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored. If the feature gate WatchBookmarks is not enabled in apiserver, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion When specified with a watch call, shows changes that occur after that particular version of a resource. Defaults to changes from the beginning of history. When specified for list: - if unset, then the result is returned from remote storage based on quorum-read flag; - if it\&#39;s 0, then we simply return what we currently have in cache, no guarantee; - if set to non zero, then the result is at least as fresh as given rv.
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.
   */
  async listClusterCustomObject(group, version, plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "listClusterCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "listClusterCustomObject", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "listClusterCustomObject", "plural");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (allowWatchBookmarks !== void 0) {
      requestContext.setQueryParam("allowWatchBookmarks", ObjectSerializer.serialize(allowWatchBookmarks, "boolean", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
    }
    if (watch !== void 0) {
      requestContext.setQueryParam("watch", ObjectSerializer.serialize(watch, "boolean", ""));
    }
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * list or watch namespace scoped custom objects
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   * @param resourcePlural The custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed.
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored. If the feature gate WatchBookmarks is not enabled in apiserver, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion When specified with a watch call, shows changes that occur after that particular version of a resource. Defaults to changes from the beginning of history. When specified for list: - if unset, then the result is returned from remote storage based on quorum-read flag; - if it\&#39;s 0, then we simply return what we currently have in cache, no guarantee; - if set to non zero, then the result is at least as fresh as given rv.
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.
   */
  async listCustomObjectForAllNamespaces(group, version, resourcePlural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "listCustomObjectForAllNamespaces", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "listCustomObjectForAllNamespaces", "version");
    }
    if (resourcePlural === null || resourcePlural === void 0) {
      throw new RequiredError("CustomObjectsApi", "listCustomObjectForAllNamespaces", "resourcePlural");
    }
    const localVarPath = "/apis/{group}/{version}/{resource_plural}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{resource_plural}", encodeURIComponent(String(resourcePlural)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (allowWatchBookmarks !== void 0) {
      requestContext.setQueryParam("allowWatchBookmarks", ObjectSerializer.serialize(allowWatchBookmarks, "boolean", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
    }
    if (watch !== void 0) {
      requestContext.setQueryParam("watch", ObjectSerializer.serialize(watch, "boolean", ""));
    }
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * list or watch namespace scoped custom objects
   * @param group The custom resource\&#39;s group name
   * @param version The custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural The custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed.
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored. If the feature gate WatchBookmarks is not enabled in apiserver, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion When specified with a watch call, shows changes that occur after that particular version of a resource. Defaults to changes from the beginning of history. When specified for list: - if unset, then the result is returned from remote storage based on quorum-read flag; - if it\&#39;s 0, then we simply return what we currently have in cache, no guarantee; - if set to non zero, then the result is at least as fresh as given rv.
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.
   */
  async listNamespacedCustomObject(group, version, namespace, plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "listNamespacedCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "listNamespacedCustomObject", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "listNamespacedCustomObject", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "listNamespacedCustomObject", "plural");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (allowWatchBookmarks !== void 0) {
      requestContext.setQueryParam("allowWatchBookmarks", ObjectSerializer.serialize(allowWatchBookmarks, "boolean", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
    }
    if (watch !== void 0) {
      requestContext.setQueryParam("watch", ObjectSerializer.serialize(watch, "boolean", ""));
    }
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * patch the specified cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom object\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body The JSON schema of the Resource to patch.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchClusterCustomObject(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObject", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObject", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObject", "body");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json"
    ]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * partially update scale of the specified cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchClusterCustomObjectScale(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectScale", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectScale", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectScale", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectScale", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectScale", "body");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}/scale".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json"
    ]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * partially update status of the specified cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchClusterCustomObjectStatus(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectStatus", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectStatus", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectStatus", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectStatus", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchClusterCustomObjectStatus", "body");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}/status".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json"
    ]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * patch the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body The JSON schema of the Resource to patch.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedCustomObject(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObject", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObject", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObject", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObject", "body");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json"
    ]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * partially update scale of the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedCustomObjectScale(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectScale", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectScale", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectScale", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectScale", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectScale", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectScale", "body");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/apply-patch+yaml"
    ]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * partially update status of the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedCustomObjectStatus(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectStatus", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectStatus", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectStatus", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectStatus", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectStatus", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "patchNamespacedCustomObjectStatus", "body");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/apply-patch+yaml"
    ]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * replace the specified cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom object\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body The JSON schema of the Resource to replace.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async replaceClusterCustomObject(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObject", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObject", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObject", "body");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * replace scale of the specified cluster scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async replaceClusterCustomObjectScale(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectScale", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectScale", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectScale", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectScale", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectScale", "body");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}/scale".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * replace status of the cluster scoped specified custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async replaceClusterCustomObjectStatus(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectStatus", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectStatus", "version");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectStatus", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectStatus", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceClusterCustomObjectStatus", "body");
    }
    const localVarPath = "/apis/{group}/{version}/{plural}/{name}/status".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * replace the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body The JSON schema of the Resource to replace.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async replaceNamespacedCustomObject(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObject", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObject", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObject", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObject", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObject", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObject", "body");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * replace scale of the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async replaceNamespacedCustomObjectScale(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectScale", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectScale", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectScale", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectScale", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectScale", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectScale", "body");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
  /**
   * replace status of the specified namespace scoped custom object
   * @param group the custom resource\&#39;s group
   * @param version the custom resource\&#39;s version
   * @param namespace The custom resource\&#39;s namespace
   * @param plural the custom resource\&#39;s plural name. For TPRs this would be lowercase plural kind.
   * @param name the custom object\&#39;s name
   * @param body
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. (optional)
   */
  async replaceNamespacedCustomObjectStatus(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (group === null || group === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectStatus", "group");
    }
    if (version === null || version === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectStatus", "version");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectStatus", "namespace");
    }
    if (plural === null || plural === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectStatus", "plural");
    }
    if (name === null || name === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectStatus", "name");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("CustomObjectsApi", "replaceNamespacedCustomObjectStatus", "body");
    }
    const localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status".replace("{group}", encodeURIComponent(String(group))).replace("{version}", encodeURIComponent(String(version))).replace("{namespace}", encodeURIComponent(String(namespace))).replace("{plural}", encodeURIComponent(String(plural))).replace("{name}", encodeURIComponent(String(name)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldManager !== void 0) {
      requestContext.setQueryParam("fieldManager", ObjectSerializer.serialize(fieldManager, "string", ""));
    }
    if (fieldValidation !== void 0) {
      requestContext.setQueryParam("fieldValidation", ObjectSerializer.serialize(fieldValidation, "string", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([]);
    requestContext.setHeaderParam("Content-Type", contentType);
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "any", ""), contentType);
    requestContext.setBody(serializedBody);
    let authMethod;
    authMethod = _config.authMethods["BearerToken"];
    if (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication) {
      await (authMethod === null || authMethod === void 0 ? void 0 : authMethod.applySecurityAuthentication(requestContext));
    }
    const defaultAuth = (_a = _config === null || _config === void 0 ? void 0 : _config.authMethods) === null || _a === void 0 ? void 0 : _a.default;
    if (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication) {
      await (defaultAuth === null || defaultAuth === void 0 ? void 0 : defaultAuth.applySecurityAuthentication(requestContext));
    }
    return requestContext;
  }
};
var CustomObjectsApiResponseProcessor = class {
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to createClusterCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async createClusterCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to createNamespacedCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async createNamespacedCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteClusterCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteClusterCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteCollectionClusterCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteCollectionClusterCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteCollectionNamespacedCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteCollectionNamespacedCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteNamespacedCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteNamespacedCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to getAPIResources
   * @throws ApiException if the response code was not in [200, 299]
   */
  async getAPIResourcesWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1APIResourceList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1APIResourceList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to getClusterCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async getClusterCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to getClusterCustomObjectScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async getClusterCustomObjectScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to getClusterCustomObjectStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async getClusterCustomObjectStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to getNamespacedCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async getNamespacedCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to getNamespacedCustomObjectScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async getNamespacedCustomObjectScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to getNamespacedCustomObjectStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async getNamespacedCustomObjectStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listClusterCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listClusterCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listCustomObjectForAllNamespaces
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listCustomObjectForAllNamespacesWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listNamespacedCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listNamespacedCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchClusterCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchClusterCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchClusterCustomObjectScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchClusterCustomObjectScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchClusterCustomObjectStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchClusterCustomObjectStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedCustomObjectScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedCustomObjectScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedCustomObjectStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedCustomObjectStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceClusterCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceClusterCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceClusterCustomObjectScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceClusterCustomObjectScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceClusterCustomObjectStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceClusterCustomObjectStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedCustomObject
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedCustomObjectWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedCustomObjectScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedCustomObjectScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedCustomObjectStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedCustomObjectStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "any", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
};

export {
  CustomObjectsApiRequestFactory,
  CustomObjectsApiResponseProcessor
};
