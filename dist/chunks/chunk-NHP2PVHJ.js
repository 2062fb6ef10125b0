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

// node_modules/@kubernetes/client-node/dist/gen/apis/AppsV1Api.js
var AppsV1ApiRequestFactory = class extends BaseAPIRequestFactory {
  /**
   * create a ControllerRevision
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async createNamespacedControllerRevision(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedControllerRevision", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedControllerRevision", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/controllerrevisions".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1ControllerRevision", ""), contentType);
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
   * create a DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async createNamespacedDaemonSet(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedDaemonSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedDaemonSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1DaemonSet", ""), contentType);
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
   * create a Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async createNamespacedDeployment(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedDeployment", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedDeployment", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1Deployment", ""), contentType);
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
   * create a ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async createNamespacedReplicaSet(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedReplicaSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedReplicaSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1ReplicaSet", ""), contentType);
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
   * create a StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async createNamespacedStatefulSet(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedStatefulSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "createNamespacedStatefulSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1StatefulSet", ""), contentType);
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
   * delete collection of ControllerRevision
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body
   */
  async deleteCollectionNamespacedControllerRevision(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteCollectionNamespacedControllerRevision", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/controllerrevisions".replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
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
   * delete collection of DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body
   */
  async deleteCollectionNamespacedDaemonSet(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteCollectionNamespacedDaemonSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets".replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
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
   * delete collection of Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body
   */
  async deleteCollectionNamespacedDeployment(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteCollectionNamespacedDeployment", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments".replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
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
   * delete collection of ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body
   */
  async deleteCollectionNamespacedReplicaSet(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteCollectionNamespacedReplicaSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets".replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
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
   * delete collection of StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body
   */
  async deleteCollectionNamespacedStatefulSet(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteCollectionNamespacedStatefulSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets".replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (_continue !== void 0) {
      requestContext.setQueryParam("continue", ObjectSerializer.serialize(_continue, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (fieldSelector !== void 0) {
      requestContext.setQueryParam("fieldSelector", ObjectSerializer.serialize(fieldSelector, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (labelSelector !== void 0) {
      requestContext.setQueryParam("labelSelector", ObjectSerializer.serialize(labelSelector, "string", ""));
    }
    if (limit !== void 0) {
      requestContext.setQueryParam("limit", ObjectSerializer.serialize(limit, "number", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
    }
    if (timeoutSeconds !== void 0) {
      requestContext.setQueryParam("timeoutSeconds", ObjectSerializer.serialize(timeoutSeconds, "number", ""));
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
   * delete a ControllerRevision
   * @param name name of the ControllerRevision
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param body
   */
  async deleteNamespacedControllerRevision(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedControllerRevision", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedControllerRevision", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/controllerrevisions/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
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
   * delete a DaemonSet
   * @param name name of the DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param body
   */
  async deleteNamespacedDaemonSet(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedDaemonSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedDaemonSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
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
   * delete a Deployment
   * @param name name of the Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param body
   */
  async deleteNamespacedDeployment(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedDeployment", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedDeployment", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
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
   * delete a ReplicaSet
   * @param name name of the ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param body
   */
  async deleteNamespacedReplicaSet(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedReplicaSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedReplicaSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
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
   * delete a StatefulSet
   * @param name name of the StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \&quot;orphan\&quot; finalizer will be added to/removed from the object\&#39;s finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \&#39;Orphan\&#39; - orphan the dependents; \&#39;Background\&#39; - allow the garbage collector to delete the dependents in the background; \&#39;Foreground\&#39; - a cascading policy that deletes all dependents in the foreground.
   * @param body
   */
  async deleteNamespacedStatefulSet(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedStatefulSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "deleteNamespacedStatefulSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.DELETE);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (dryRun !== void 0) {
      requestContext.setQueryParam("dryRun", ObjectSerializer.serialize(dryRun, "string", ""));
    }
    if (gracePeriodSeconds !== void 0) {
      requestContext.setQueryParam("gracePeriodSeconds", ObjectSerializer.serialize(gracePeriodSeconds, "number", ""));
    }
    if (ignoreStoreReadErrorWithClusterBreakingPotential !== void 0) {
      requestContext.setQueryParam("ignoreStoreReadErrorWithClusterBreakingPotential", ObjectSerializer.serialize(ignoreStoreReadErrorWithClusterBreakingPotential, "boolean", ""));
    }
    if (orphanDependents !== void 0) {
      requestContext.setQueryParam("orphanDependents", ObjectSerializer.serialize(orphanDependents, "boolean", ""));
    }
    if (propagationPolicy !== void 0) {
      requestContext.setQueryParam("propagationPolicy", ObjectSerializer.serialize(propagationPolicy, "string", ""));
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
   */
  async getAPIResources(_options) {
    var _a;
    let _config = _options || this.configuration;
    const localVarPath = "/apis/apps/v1/";
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
   * list or watch objects of kind ControllerRevision
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listControllerRevisionForAllNamespaces(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    const localVarPath = "/apis/apps/v1/controllerrevisions";
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
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
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind DaemonSet
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listDaemonSetForAllNamespaces(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    const localVarPath = "/apis/apps/v1/daemonsets";
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
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
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind Deployment
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listDeploymentForAllNamespaces(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    const localVarPath = "/apis/apps/v1/deployments";
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
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
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind ControllerRevision
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listNamespacedControllerRevision(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "listNamespacedControllerRevision", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/controllerrevisions".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listNamespacedDaemonSet(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "listNamespacedDaemonSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listNamespacedDeployment(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "listNamespacedDeployment", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listNamespacedReplicaSet(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "listNamespacedReplicaSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listNamespacedStatefulSet(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "listNamespacedStatefulSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets".replace("{namespace}", encodeURIComponent(String(namespace)));
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
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind ReplicaSet
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listReplicaSetForAllNamespaces(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    const localVarPath = "/apis/apps/v1/replicasets";
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
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
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * list or watch objects of kind StatefulSet
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type \&quot;BOOKMARK\&quot;. Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\&#39;s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \&quot;next key\&quot;.  This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the &#x60;continue&#x60; field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.  The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.  Defaults to unset
   * @param sendInitialEvents &#x60;sendInitialEvents&#x3D;true&#x60; may be set together with &#x60;watch&#x3D;true&#x60;. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \&quot;Bookmark\&quot; event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with &#x60;\&quot;k8s.io/initial-events-end\&quot;: \&quot;true\&quot;&#x60; annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.  When &#x60;sendInitialEvents&#x60; option is set, we require &#x60;resourceVersionMatch&#x60; option to also be set. The semantic of the watch request is as following: - &#x60;resourceVersionMatch&#x60; &#x3D; NotOlderThan   is interpreted as \&quot;data at least as new as the provided &#x60;resourceVersion&#x60;\&quot;   and the bookmark event is send when the state is synced   to a &#x60;resourceVersion&#x60; at least as fresh as the one provided by the ListOptions.   If &#x60;resourceVersion&#x60; is unset, this is interpreted as \&quot;consistent read\&quot; and the   bookmark event is send when the state is synced at least to the moment   when request started being processed. - &#x60;resourceVersionMatch&#x60; set to any other value or unset   Invalid error is returned.  Defaults to true if &#x60;resourceVersion&#x3D;\&quot;\&quot;&#x60; or &#x60;resourceVersion&#x3D;\&quot;0\&quot;&#x60; (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:    shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;)   shardRange(object.metadata.uid, \&#39;0x0\&#39;, \&#39;0x8000000000000000\&#39;) || shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  Field paths use CEL-style object-rooted syntax (e.g. \&quot;object.metadata.uid\&quot;), NOT the fieldSelector format (\&quot;metadata.uid\&quot;). Currently supported paths:   - object.metadata.uid   - object.metadata.namespace  hexStart and hexEnd are single-quoted CEL string literals with a \&#39;0x\&#39; prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.  Examples:   2-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)   4-shard split:     shard 0: shardRange(object.metadata.uid, \&#39;0x0000000000000000\&#39;, \&#39;0x4000000000000000\&#39;)     shard 1: shardRange(object.metadata.uid, \&#39;0x4000000000000000\&#39;, \&#39;0x8000000000000000\&#39;)     shard 2: shardRange(object.metadata.uid, \&#39;0x8000000000000000\&#39;, \&#39;0xc000000000000000\&#39;)     shard 3: shardRange(object.metadata.uid, \&#39;0xc000000000000000\&#39;, \&#39;0x10000000000000000\&#39;)  This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   */
  async listStatefulSetForAllNamespaces(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _options) {
    var _a;
    let _config = _options || this.configuration;
    const localVarPath = "/apis/apps/v1/statefulsets";
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
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
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
    }
    if (resourceVersion !== void 0) {
      requestContext.setQueryParam("resourceVersion", ObjectSerializer.serialize(resourceVersion, "string", ""));
    }
    if (resourceVersionMatch !== void 0) {
      requestContext.setQueryParam("resourceVersionMatch", ObjectSerializer.serialize(resourceVersionMatch, "string", ""));
    }
    if (sendInitialEvents !== void 0) {
      requestContext.setQueryParam("sendInitialEvents", ObjectSerializer.serialize(sendInitialEvents, "boolean", ""));
    }
    if (shardSelector !== void 0) {
      requestContext.setQueryParam("shardSelector", ObjectSerializer.serialize(shardSelector, "string", ""));
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
   * partially update the specified ControllerRevision
   * @param name name of the ControllerRevision
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedControllerRevision(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedControllerRevision", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedControllerRevision", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedControllerRevision", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/controllerrevisions/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update the specified DaemonSet
   * @param name name of the DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedDaemonSet(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDaemonSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDaemonSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDaemonSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update status of the specified DaemonSet
   * @param name name of the DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedDaemonSetStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDaemonSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDaemonSetStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDaemonSetStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update the specified Deployment
   * @param name name of the Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedDeployment(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeployment", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeployment", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeployment", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update scale of the specified Deployment
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedDeploymentScale(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeploymentScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeploymentScale", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeploymentScale", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update status of the specified Deployment
   * @param name name of the Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedDeploymentStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeploymentStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeploymentStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedDeploymentStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update the specified ReplicaSet
   * @param name name of the ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedReplicaSet(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update scale of the specified ReplicaSet
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedReplicaSetScale(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSetScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSetScale", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSetScale", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update status of the specified ReplicaSet
   * @param name name of the ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedReplicaSetStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSetStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedReplicaSetStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update the specified StatefulSet
   * @param name name of the StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedStatefulSet(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update scale of the specified StatefulSet
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedStatefulSetScale(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSetScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSetScale", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSetScale", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * partially update status of the specified StatefulSet
   * @param name name of the StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to \&quot;force\&quot; Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   */
  async patchNamespacedStatefulSetStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSetStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "patchNamespacedStatefulSetStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PATCH);
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
    if (force !== void 0) {
      requestContext.setQueryParam("force", ObjectSerializer.serialize(force, "boolean", ""));
    }
    const contentType = ObjectSerializer.getPreferredMediaType([
      "application/json-patch+json",
      "application/merge-patch+json",
      "application/strategic-merge-patch+json",
      "application/apply-patch+yaml",
      "application/apply-patch+cbor"
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
   * read the specified ControllerRevision
   * @param name name of the ControllerRevision
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedControllerRevision(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedControllerRevision", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedControllerRevision", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/controllerrevisions/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read the specified DaemonSet
   * @param name name of the DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedDaemonSet(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDaemonSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDaemonSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read status of the specified DaemonSet
   * @param name name of the DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedDaemonSetStatus(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDaemonSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDaemonSetStatus", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read the specified Deployment
   * @param name name of the Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedDeployment(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDeployment", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDeployment", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read scale of the specified Deployment
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedDeploymentScale(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDeploymentScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDeploymentScale", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read status of the specified Deployment
   * @param name name of the Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedDeploymentStatus(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDeploymentStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedDeploymentStatus", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read the specified ReplicaSet
   * @param name name of the ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedReplicaSet(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedReplicaSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedReplicaSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read scale of the specified ReplicaSet
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedReplicaSetScale(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedReplicaSetScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedReplicaSetScale", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read status of the specified ReplicaSet
   * @param name name of the ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedReplicaSetStatus(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedReplicaSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedReplicaSetStatus", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read the specified StatefulSet
   * @param name name of the StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedStatefulSet(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedStatefulSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedStatefulSet", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read scale of the specified StatefulSet
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedStatefulSetScale(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedStatefulSetScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedStatefulSetScale", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * read status of the specified StatefulSet
   * @param name name of the StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   */
  async readNamespacedStatefulSetStatus(name, namespace, pretty, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedStatefulSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "readNamespacedStatefulSetStatus", "namespace");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.GET);
    requestContext.setHeaderParam("Accept", "application/json, */*;q=0.8");
    if (pretty !== void 0) {
      requestContext.setQueryParam("pretty", ObjectSerializer.serialize(pretty, "string", ""));
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
   * replace the specified ControllerRevision
   * @param name name of the ControllerRevision
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedControllerRevision(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedControllerRevision", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedControllerRevision", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedControllerRevision", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/controllerrevisions/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1ControllerRevision", ""), contentType);
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
   * replace the specified DaemonSet
   * @param name name of the DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedDaemonSet(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDaemonSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDaemonSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDaemonSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1DaemonSet", ""), contentType);
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
   * replace status of the specified DaemonSet
   * @param name name of the DaemonSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedDaemonSetStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDaemonSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDaemonSetStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDaemonSetStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1DaemonSet", ""), contentType);
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
   * replace the specified Deployment
   * @param name name of the Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedDeployment(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeployment", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeployment", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeployment", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1Deployment", ""), contentType);
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
   * replace scale of the specified Deployment
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedDeploymentScale(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeploymentScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeploymentScale", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeploymentScale", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1Scale", ""), contentType);
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
   * replace status of the specified Deployment
   * @param name name of the Deployment
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedDeploymentStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeploymentStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeploymentStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedDeploymentStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1Deployment", ""), contentType);
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
   * replace the specified ReplicaSet
   * @param name name of the ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedReplicaSet(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1ReplicaSet", ""), contentType);
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
   * replace scale of the specified ReplicaSet
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedReplicaSetScale(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSetScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSetScale", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSetScale", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1Scale", ""), contentType);
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
   * replace status of the specified ReplicaSet
   * @param name name of the ReplicaSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedReplicaSetStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSetStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedReplicaSetStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1ReplicaSet", ""), contentType);
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
   * replace the specified StatefulSet
   * @param name name of the StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedStatefulSet(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSet", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSet", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSet", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1StatefulSet", ""), contentType);
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
   * replace scale of the specified StatefulSet
   * @param name name of the Scale
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedStatefulSetScale(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSetScale", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSetScale", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSetScale", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/scale".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1Scale", ""), contentType);
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
   * replace status of the specified StatefulSet
   * @param name name of the StatefulSet
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body
   * @param pretty If \&#39;true\&#39;, then the output is pretty printed. Defaults to \&#39;false\&#39; unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   */
  async replaceNamespacedStatefulSetStatus(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _options) {
    var _a;
    let _config = _options || this.configuration;
    if (name === null || name === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSetStatus", "name");
    }
    if (namespace === null || namespace === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSetStatus", "namespace");
    }
    if (body === null || body === void 0) {
      throw new RequiredError("AppsV1Api", "replaceNamespacedStatefulSetStatus", "body");
    }
    const localVarPath = "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/status".replace("{name}", encodeURIComponent(String(name))).replace("{namespace}", encodeURIComponent(String(namespace)));
    const requestContext = _config.baseServer.makeRequestContext(localVarPath, HttpMethod.PUT);
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
    const serializedBody = ObjectSerializer.stringify(ObjectSerializer.serialize(body, "V1StatefulSet", ""), contentType);
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
var AppsV1ApiResponseProcessor = class {
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to createNamespacedControllerRevision
   * @throws ApiException if the response code was not in [200, 299]
   */
  async createNamespacedControllerRevisionWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to createNamespacedDaemonSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async createNamespacedDaemonSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to createNamespacedDeployment
   * @throws ApiException if the response code was not in [200, 299]
   */
  async createNamespacedDeploymentWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to createNamespacedReplicaSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async createNamespacedReplicaSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to createNamespacedStatefulSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async createNamespacedStatefulSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteCollectionNamespacedControllerRevision
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteCollectionNamespacedControllerRevisionWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteCollectionNamespacedDaemonSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteCollectionNamespacedDaemonSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteCollectionNamespacedDeployment
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteCollectionNamespacedDeploymentWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteCollectionNamespacedReplicaSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteCollectionNamespacedReplicaSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteCollectionNamespacedStatefulSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteCollectionNamespacedStatefulSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteNamespacedControllerRevision
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteNamespacedControllerRevisionWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteNamespacedDaemonSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteNamespacedDaemonSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteNamespacedDeployment
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteNamespacedDeploymentWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteNamespacedReplicaSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteNamespacedReplicaSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to deleteNamespacedStatefulSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async deleteNamespacedStatefulSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("202", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Status", "");
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
   * @params response Response returned by the server for a request to listControllerRevisionForAllNamespaces
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listControllerRevisionForAllNamespacesWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevisionList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevisionList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listDaemonSetForAllNamespaces
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listDaemonSetForAllNamespacesWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listDeploymentForAllNamespaces
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listDeploymentForAllNamespacesWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DeploymentList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DeploymentList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listNamespacedControllerRevision
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listNamespacedControllerRevisionWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevisionList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevisionList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listNamespacedDaemonSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listNamespacedDaemonSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listNamespacedDeployment
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listNamespacedDeploymentWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DeploymentList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DeploymentList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listNamespacedReplicaSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listNamespacedReplicaSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listNamespacedStatefulSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listNamespacedStatefulSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listReplicaSetForAllNamespaces
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listReplicaSetForAllNamespacesWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to listStatefulSetForAllNamespaces
   * @throws ApiException if the response code was not in [200, 299]
   */
  async listStatefulSetForAllNamespacesWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSetList", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedControllerRevision
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedControllerRevisionWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedDaemonSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedDaemonSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedDaemonSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedDaemonSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedDeployment
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedDeploymentWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedDeploymentScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedDeploymentScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedDeploymentStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedDeploymentStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedReplicaSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedReplicaSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedReplicaSetScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedReplicaSetScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedReplicaSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedReplicaSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedStatefulSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedStatefulSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedStatefulSetScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedStatefulSetScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to patchNamespacedStatefulSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async patchNamespacedStatefulSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedControllerRevision
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedControllerRevisionWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedDaemonSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedDaemonSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedDaemonSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedDaemonSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedDeployment
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedDeploymentWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedDeploymentScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedDeploymentScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedDeploymentStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedDeploymentStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedReplicaSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedReplicaSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedReplicaSetScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedReplicaSetScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedReplicaSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedReplicaSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedStatefulSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedStatefulSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedStatefulSetScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedStatefulSetScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to readNamespacedStatefulSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async readNamespacedStatefulSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedControllerRevision
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedControllerRevisionWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ControllerRevision", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedDaemonSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedDaemonSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedDaemonSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedDaemonSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1DaemonSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedDeployment
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedDeploymentWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedDeploymentScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedDeploymentScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedDeploymentStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedDeploymentStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Deployment", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedReplicaSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedReplicaSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedReplicaSetScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedReplicaSetScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedReplicaSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedReplicaSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1ReplicaSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedStatefulSet
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedStatefulSetWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedStatefulSetScale
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedStatefulSetScaleWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1Scale", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
  /**
   * Unwraps the actual response sent by the server from the response context and deserializes the response content
   * to the expected objects
   *
   * @params response Response returned by the server for a request to replaceNamespacedStatefulSetStatus
   * @throws ApiException if the response code was not in [200, 299]
   */
  async replaceNamespacedStatefulSetStatusWithHttpInfo(response) {
    const contentType = ObjectSerializer.normalizeMediaType(response.headers["content-type"]);
    if (isCodeInRange("200", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("201", response.httpStatusCode)) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    if (isCodeInRange("401", response.httpStatusCode)) {
      throw new ApiException(response.httpStatusCode, "Unauthorized", void 0, response.headers);
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const body = ObjectSerializer.deserialize(ObjectSerializer.parse(await response.body.text(), contentType), "V1StatefulSet", "");
      return new HttpInfo(response.httpStatusCode, response.headers, response.body, body);
    }
    throw new ApiException(response.httpStatusCode, "Unknown API Status Code!", await response.getBodyAsAny(), response.headers);
  }
};

export {
  AppsV1ApiRequestFactory,
  AppsV1ApiResponseProcessor
};
