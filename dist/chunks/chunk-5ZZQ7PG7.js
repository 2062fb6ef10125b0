import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// node_modules/@kubernetes/client-node/dist/gen/models/AdmissionregistrationV1ServiceReference.js
var AdmissionregistrationV1ServiceReference = class _AdmissionregistrationV1ServiceReference {
  static getAttributeTypeMap() {
    return _AdmissionregistrationV1ServiceReference.attributeTypeMap;
  }
  constructor() {
  }
};
AdmissionregistrationV1ServiceReference.discriminator = void 0;
AdmissionregistrationV1ServiceReference.mapping = void 0;
AdmissionregistrationV1ServiceReference.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/AdmissionregistrationV1WebhookClientConfig.js
var AdmissionregistrationV1WebhookClientConfig = class _AdmissionregistrationV1WebhookClientConfig {
  static getAttributeTypeMap() {
    return _AdmissionregistrationV1WebhookClientConfig.attributeTypeMap;
  }
  constructor() {
  }
};
AdmissionregistrationV1WebhookClientConfig.discriminator = void 0;
AdmissionregistrationV1WebhookClientConfig.mapping = void 0;
AdmissionregistrationV1WebhookClientConfig.attributeTypeMap = [
  {
    "name": "caBundle",
    "baseName": "caBundle",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "service",
    "baseName": "service",
    "type": "AdmissionregistrationV1ServiceReference",
    "format": ""
  },
  {
    "name": "url",
    "baseName": "url",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/ApiextensionsV1ServiceReference.js
var ApiextensionsV1ServiceReference = class _ApiextensionsV1ServiceReference {
  static getAttributeTypeMap() {
    return _ApiextensionsV1ServiceReference.attributeTypeMap;
  }
  constructor() {
  }
};
ApiextensionsV1ServiceReference.discriminator = void 0;
ApiextensionsV1ServiceReference.mapping = void 0;
ApiextensionsV1ServiceReference.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/ApiextensionsV1WebhookClientConfig.js
var ApiextensionsV1WebhookClientConfig = class _ApiextensionsV1WebhookClientConfig {
  static getAttributeTypeMap() {
    return _ApiextensionsV1WebhookClientConfig.attributeTypeMap;
  }
  constructor() {
  }
};
ApiextensionsV1WebhookClientConfig.discriminator = void 0;
ApiextensionsV1WebhookClientConfig.mapping = void 0;
ApiextensionsV1WebhookClientConfig.attributeTypeMap = [
  {
    "name": "caBundle",
    "baseName": "caBundle",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "service",
    "baseName": "service",
    "type": "ApiextensionsV1ServiceReference",
    "format": ""
  },
  {
    "name": "url",
    "baseName": "url",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/ApiregistrationV1ServiceReference.js
var ApiregistrationV1ServiceReference = class _ApiregistrationV1ServiceReference {
  static getAttributeTypeMap() {
    return _ApiregistrationV1ServiceReference.attributeTypeMap;
  }
  constructor() {
  }
};
ApiregistrationV1ServiceReference.discriminator = void 0;
ApiregistrationV1ServiceReference.mapping = void 0;
ApiregistrationV1ServiceReference.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/AuthenticationV1TokenRequest.js
var AuthenticationV1TokenRequest = class _AuthenticationV1TokenRequest {
  static getAttributeTypeMap() {
    return _AuthenticationV1TokenRequest.attributeTypeMap;
  }
  constructor() {
  }
};
AuthenticationV1TokenRequest.discriminator = void 0;
AuthenticationV1TokenRequest.mapping = void 0;
AuthenticationV1TokenRequest.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1TokenRequestSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1TokenRequestStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/CoreV1EndpointPort.js
var CoreV1EndpointPort = class _CoreV1EndpointPort {
  static getAttributeTypeMap() {
    return _CoreV1EndpointPort.attributeTypeMap;
  }
  constructor() {
  }
};
CoreV1EndpointPort.discriminator = void 0;
CoreV1EndpointPort.mapping = void 0;
CoreV1EndpointPort.attributeTypeMap = [
  {
    "name": "appProtocol",
    "baseName": "appProtocol",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "protocol",
    "baseName": "protocol",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/CoreV1Event.js
var CoreV1Event = class _CoreV1Event {
  static getAttributeTypeMap() {
    return _CoreV1Event.attributeTypeMap;
  }
  constructor() {
  }
};
CoreV1Event.discriminator = void 0;
CoreV1Event.mapping = void 0;
CoreV1Event.attributeTypeMap = [
  {
    "name": "action",
    "baseName": "action",
    "type": "string",
    "format": ""
  },
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "eventTime",
    "baseName": "eventTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "firstTimestamp",
    "baseName": "firstTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "involvedObject",
    "baseName": "involvedObject",
    "type": "V1ObjectReference",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "lastTimestamp",
    "baseName": "lastTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "related",
    "baseName": "related",
    "type": "V1ObjectReference",
    "format": ""
  },
  {
    "name": "reportingComponent",
    "baseName": "reportingComponent",
    "type": "string",
    "format": ""
  },
  {
    "name": "reportingInstance",
    "baseName": "reportingInstance",
    "type": "string",
    "format": ""
  },
  {
    "name": "series",
    "baseName": "series",
    "type": "CoreV1EventSeries",
    "format": ""
  },
  {
    "name": "source",
    "baseName": "source",
    "type": "V1EventSource",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/CoreV1EventList.js
var CoreV1EventList = class _CoreV1EventList {
  static getAttributeTypeMap() {
    return _CoreV1EventList.attributeTypeMap;
  }
  constructor() {
  }
};
CoreV1EventList.discriminator = void 0;
CoreV1EventList.mapping = void 0;
CoreV1EventList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<CoreV1Event>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/CoreV1EventSeries.js
var CoreV1EventSeries = class _CoreV1EventSeries {
  static getAttributeTypeMap() {
    return _CoreV1EventSeries.attributeTypeMap;
  }
  constructor() {
  }
};
CoreV1EventSeries.discriminator = void 0;
CoreV1EventSeries.mapping = void 0;
CoreV1EventSeries.attributeTypeMap = [
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "lastObservedTime",
    "baseName": "lastObservedTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/CoreV1ResourceClaim.js
var CoreV1ResourceClaim = class _CoreV1ResourceClaim {
  static getAttributeTypeMap() {
    return _CoreV1ResourceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
CoreV1ResourceClaim.discriminator = void 0;
CoreV1ResourceClaim.mapping = void 0;
CoreV1ResourceClaim.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "request",
    "baseName": "request",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/DiscoveryV1EndpointPort.js
var DiscoveryV1EndpointPort = class _DiscoveryV1EndpointPort {
  static getAttributeTypeMap() {
    return _DiscoveryV1EndpointPort.attributeTypeMap;
  }
  constructor() {
  }
};
DiscoveryV1EndpointPort.discriminator = void 0;
DiscoveryV1EndpointPort.mapping = void 0;
DiscoveryV1EndpointPort.attributeTypeMap = [
  {
    "name": "appProtocol",
    "baseName": "appProtocol",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "protocol",
    "baseName": "protocol",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/EventsV1Event.js
var EventsV1Event = class _EventsV1Event {
  static getAttributeTypeMap() {
    return _EventsV1Event.attributeTypeMap;
  }
  constructor() {
  }
};
EventsV1Event.discriminator = void 0;
EventsV1Event.mapping = void 0;
EventsV1Event.attributeTypeMap = [
  {
    "name": "action",
    "baseName": "action",
    "type": "string",
    "format": ""
  },
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "deprecatedCount",
    "baseName": "deprecatedCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "deprecatedFirstTimestamp",
    "baseName": "deprecatedFirstTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "deprecatedLastTimestamp",
    "baseName": "deprecatedLastTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "deprecatedSource",
    "baseName": "deprecatedSource",
    "type": "V1EventSource",
    "format": ""
  },
  {
    "name": "eventTime",
    "baseName": "eventTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "note",
    "baseName": "note",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "regarding",
    "baseName": "regarding",
    "type": "V1ObjectReference",
    "format": ""
  },
  {
    "name": "related",
    "baseName": "related",
    "type": "V1ObjectReference",
    "format": ""
  },
  {
    "name": "reportingController",
    "baseName": "reportingController",
    "type": "string",
    "format": ""
  },
  {
    "name": "reportingInstance",
    "baseName": "reportingInstance",
    "type": "string",
    "format": ""
  },
  {
    "name": "series",
    "baseName": "series",
    "type": "EventsV1EventSeries",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/EventsV1EventList.js
var EventsV1EventList = class _EventsV1EventList {
  static getAttributeTypeMap() {
    return _EventsV1EventList.attributeTypeMap;
  }
  constructor() {
  }
};
EventsV1EventList.discriminator = void 0;
EventsV1EventList.mapping = void 0;
EventsV1EventList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<EventsV1Event>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/EventsV1EventSeries.js
var EventsV1EventSeries = class _EventsV1EventSeries {
  static getAttributeTypeMap() {
    return _EventsV1EventSeries.attributeTypeMap;
  }
  constructor() {
  }
};
EventsV1EventSeries.discriminator = void 0;
EventsV1EventSeries.mapping = void 0;
EventsV1EventSeries.attributeTypeMap = [
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "lastObservedTime",
    "baseName": "lastObservedTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/FlowcontrolV1Subject.js
var FlowcontrolV1Subject = class _FlowcontrolV1Subject {
  static getAttributeTypeMap() {
    return _FlowcontrolV1Subject.attributeTypeMap;
  }
  constructor() {
  }
};
FlowcontrolV1Subject.discriminator = void 0;
FlowcontrolV1Subject.mapping = void 0;
FlowcontrolV1Subject.attributeTypeMap = [
  {
    "name": "group",
    "baseName": "group",
    "type": "V1GroupSubject",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "serviceAccount",
    "baseName": "serviceAccount",
    "type": "V1ServiceAccountSubject",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "V1UserSubject",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/RbacV1Subject.js
var RbacV1Subject = class _RbacV1Subject {
  static getAttributeTypeMap() {
    return _RbacV1Subject.attributeTypeMap;
  }
  constructor() {
  }
};
RbacV1Subject.discriminator = void 0;
RbacV1Subject.mapping = void 0;
RbacV1Subject.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/ResourceV1ResourceClaim.js
var ResourceV1ResourceClaim = class _ResourceV1ResourceClaim {
  static getAttributeTypeMap() {
    return _ResourceV1ResourceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
ResourceV1ResourceClaim.discriminator = void 0;
ResourceV1ResourceClaim.mapping = void 0;
ResourceV1ResourceClaim.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ResourceClaimSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ResourceClaimStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/StorageV1TokenRequest.js
var StorageV1TokenRequest = class _StorageV1TokenRequest {
  static getAttributeTypeMap() {
    return _StorageV1TokenRequest.attributeTypeMap;
  }
  constructor() {
  }
};
StorageV1TokenRequest.discriminator = void 0;
StorageV1TokenRequest.mapping = void 0;
StorageV1TokenRequest.attributeTypeMap = [
  {
    "name": "audience",
    "baseName": "audience",
    "type": "string",
    "format": ""
  },
  {
    "name": "expirationSeconds",
    "baseName": "expirationSeconds",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIGroup.js
var V1APIGroup = class _V1APIGroup {
  static getAttributeTypeMap() {
    return _V1APIGroup.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIGroup.discriminator = void 0;
V1APIGroup.mapping = void 0;
V1APIGroup.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "preferredVersion",
    "baseName": "preferredVersion",
    "type": "V1GroupVersionForDiscovery",
    "format": ""
  },
  {
    "name": "serverAddressByClientCIDRs",
    "baseName": "serverAddressByClientCIDRs",
    "type": "Array<V1ServerAddressByClientCIDR>",
    "format": ""
  },
  {
    "name": "versions",
    "baseName": "versions",
    "type": "Array<V1GroupVersionForDiscovery>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIGroupList.js
var V1APIGroupList = class _V1APIGroupList {
  static getAttributeTypeMap() {
    return _V1APIGroupList.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIGroupList.discriminator = void 0;
V1APIGroupList.mapping = void 0;
V1APIGroupList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "groups",
    "baseName": "groups",
    "type": "Array<V1APIGroup>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIResource.js
var V1APIResource = class _V1APIResource {
  static getAttributeTypeMap() {
    return _V1APIResource.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIResource.discriminator = void 0;
V1APIResource.mapping = void 0;
V1APIResource.attributeTypeMap = [
  {
    "name": "categories",
    "baseName": "categories",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespaced",
    "baseName": "namespaced",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "shortNames",
    "baseName": "shortNames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "singularName",
    "baseName": "singularName",
    "type": "string",
    "format": ""
  },
  {
    "name": "storageVersionHash",
    "baseName": "storageVersionHash",
    "type": "string",
    "format": ""
  },
  {
    "name": "verbs",
    "baseName": "verbs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "version",
    "baseName": "version",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIResourceList.js
var V1APIResourceList = class _V1APIResourceList {
  static getAttributeTypeMap() {
    return _V1APIResourceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIResourceList.discriminator = void 0;
V1APIResourceList.mapping = void 0;
V1APIResourceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "groupVersion",
    "baseName": "groupVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<V1APIResource>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIService.js
var V1APIService = class _V1APIService {
  static getAttributeTypeMap() {
    return _V1APIService.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIService.discriminator = void 0;
V1APIService.mapping = void 0;
V1APIService.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1APIServiceSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1APIServiceStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIServiceCondition.js
var V1APIServiceCondition = class _V1APIServiceCondition {
  static getAttributeTypeMap() {
    return _V1APIServiceCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIServiceCondition.discriminator = void 0;
V1APIServiceCondition.mapping = void 0;
V1APIServiceCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIServiceList.js
var V1APIServiceList = class _V1APIServiceList {
  static getAttributeTypeMap() {
    return _V1APIServiceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIServiceList.discriminator = void 0;
V1APIServiceList.mapping = void 0;
V1APIServiceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1APIService>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIServiceSpec.js
var V1APIServiceSpec = class _V1APIServiceSpec {
  static getAttributeTypeMap() {
    return _V1APIServiceSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIServiceSpec.discriminator = void 0;
V1APIServiceSpec.mapping = void 0;
V1APIServiceSpec.attributeTypeMap = [
  {
    "name": "caBundle",
    "baseName": "caBundle",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "groupPriorityMinimum",
    "baseName": "groupPriorityMinimum",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "insecureSkipTLSVerify",
    "baseName": "insecureSkipTLSVerify",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "service",
    "baseName": "service",
    "type": "ApiregistrationV1ServiceReference",
    "format": ""
  },
  {
    "name": "version",
    "baseName": "version",
    "type": "string",
    "format": ""
  },
  {
    "name": "versionPriority",
    "baseName": "versionPriority",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIServiceStatus.js
var V1APIServiceStatus = class _V1APIServiceStatus {
  static getAttributeTypeMap() {
    return _V1APIServiceStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIServiceStatus.discriminator = void 0;
V1APIServiceStatus.mapping = void 0;
V1APIServiceStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1APIServiceCondition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1APIVersions.js
var V1APIVersions = class _V1APIVersions {
  static getAttributeTypeMap() {
    return _V1APIVersions.attributeTypeMap;
  }
  constructor() {
  }
};
V1APIVersions.discriminator = void 0;
V1APIVersions.mapping = void 0;
V1APIVersions.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "serverAddressByClientCIDRs",
    "baseName": "serverAddressByClientCIDRs",
    "type": "Array<V1ServerAddressByClientCIDR>",
    "format": ""
  },
  {
    "name": "versions",
    "baseName": "versions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AWSElasticBlockStoreVolumeSource.js
var V1AWSElasticBlockStoreVolumeSource = class _V1AWSElasticBlockStoreVolumeSource {
  static getAttributeTypeMap() {
    return _V1AWSElasticBlockStoreVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1AWSElasticBlockStoreVolumeSource.discriminator = void 0;
V1AWSElasticBlockStoreVolumeSource.mapping = void 0;
V1AWSElasticBlockStoreVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "partition",
    "baseName": "partition",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "volumeID",
    "baseName": "volumeID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Affinity.js
var V1Affinity = class _V1Affinity {
  static getAttributeTypeMap() {
    return _V1Affinity.attributeTypeMap;
  }
  constructor() {
  }
};
V1Affinity.discriminator = void 0;
V1Affinity.mapping = void 0;
V1Affinity.attributeTypeMap = [
  {
    "name": "nodeAffinity",
    "baseName": "nodeAffinity",
    "type": "V1NodeAffinity",
    "format": ""
  },
  {
    "name": "podAffinity",
    "baseName": "podAffinity",
    "type": "V1PodAffinity",
    "format": ""
  },
  {
    "name": "podAntiAffinity",
    "baseName": "podAntiAffinity",
    "type": "V1PodAntiAffinity",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AggregationRule.js
var V1AggregationRule = class _V1AggregationRule {
  static getAttributeTypeMap() {
    return _V1AggregationRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1AggregationRule.discriminator = void 0;
V1AggregationRule.mapping = void 0;
V1AggregationRule.attributeTypeMap = [
  {
    "name": "clusterRoleSelectors",
    "baseName": "clusterRoleSelectors",
    "type": "Array<V1LabelSelector>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AllocatedDeviceStatus.js
var V1AllocatedDeviceStatus = class _V1AllocatedDeviceStatus {
  static getAttributeTypeMap() {
    return _V1AllocatedDeviceStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1AllocatedDeviceStatus.discriminator = void 0;
V1AllocatedDeviceStatus.mapping = void 0;
V1AllocatedDeviceStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "data",
    "baseName": "data",
    "type": "any",
    "format": ""
  },
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "networkData",
    "baseName": "networkData",
    "type": "V1NetworkDeviceData",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareID",
    "baseName": "shareID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AllocationResult.js
var V1AllocationResult = class _V1AllocationResult {
  static getAttributeTypeMap() {
    return _V1AllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1AllocationResult.discriminator = void 0;
V1AllocationResult.mapping = void 0;
V1AllocationResult.attributeTypeMap = [
  {
    "name": "allocationTimestamp",
    "baseName": "allocationTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "V1DeviceAllocationResult",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AppArmorProfile.js
var V1AppArmorProfile = class _V1AppArmorProfile {
  static getAttributeTypeMap() {
    return _V1AppArmorProfile.attributeTypeMap;
  }
  constructor() {
  }
};
V1AppArmorProfile.discriminator = void 0;
V1AppArmorProfile.mapping = void 0;
V1AppArmorProfile.attributeTypeMap = [
  {
    "name": "localhostProfile",
    "baseName": "localhostProfile",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ApplyConfiguration.js
var V1ApplyConfiguration = class _V1ApplyConfiguration {
  static getAttributeTypeMap() {
    return _V1ApplyConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1ApplyConfiguration.discriminator = void 0;
V1ApplyConfiguration.mapping = void 0;
V1ApplyConfiguration.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AttachedVolume.js
var V1AttachedVolume = class _V1AttachedVolume {
  static getAttributeTypeMap() {
    return _V1AttachedVolume.attributeTypeMap;
  }
  constructor() {
  }
};
V1AttachedVolume.discriminator = void 0;
V1AttachedVolume.mapping = void 0;
V1AttachedVolume.attributeTypeMap = [
  {
    "name": "devicePath",
    "baseName": "devicePath",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AuditAnnotation.js
var V1AuditAnnotation = class _V1AuditAnnotation {
  static getAttributeTypeMap() {
    return _V1AuditAnnotation.attributeTypeMap;
  }
  constructor() {
  }
};
V1AuditAnnotation.discriminator = void 0;
V1AuditAnnotation.mapping = void 0;
V1AuditAnnotation.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "valueExpression",
    "baseName": "valueExpression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AzureDiskVolumeSource.js
var V1AzureDiskVolumeSource = class _V1AzureDiskVolumeSource {
  static getAttributeTypeMap() {
    return _V1AzureDiskVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1AzureDiskVolumeSource.discriminator = void 0;
V1AzureDiskVolumeSource.mapping = void 0;
V1AzureDiskVolumeSource.attributeTypeMap = [
  {
    "name": "cachingMode",
    "baseName": "cachingMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "diskName",
    "baseName": "diskName",
    "type": "string",
    "format": ""
  },
  {
    "name": "diskURI",
    "baseName": "diskURI",
    "type": "string",
    "format": ""
  },
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AzureFilePersistentVolumeSource.js
var V1AzureFilePersistentVolumeSource = class _V1AzureFilePersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1AzureFilePersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1AzureFilePersistentVolumeSource.discriminator = void 0;
V1AzureFilePersistentVolumeSource.mapping = void 0;
V1AzureFilePersistentVolumeSource.attributeTypeMap = [
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretName",
    "baseName": "secretName",
    "type": "string",
    "format": ""
  },
  {
    "name": "secretNamespace",
    "baseName": "secretNamespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareName",
    "baseName": "shareName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1AzureFileVolumeSource.js
var V1AzureFileVolumeSource = class _V1AzureFileVolumeSource {
  static getAttributeTypeMap() {
    return _V1AzureFileVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1AzureFileVolumeSource.discriminator = void 0;
V1AzureFileVolumeSource.mapping = void 0;
V1AzureFileVolumeSource.attributeTypeMap = [
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretName",
    "baseName": "secretName",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareName",
    "baseName": "shareName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Binding.js
var V1Binding = class _V1Binding {
  static getAttributeTypeMap() {
    return _V1Binding.attributeTypeMap;
  }
  constructor() {
  }
};
V1Binding.discriminator = void 0;
V1Binding.mapping = void 0;
V1Binding.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "target",
    "baseName": "target",
    "type": "V1ObjectReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1BoundObjectReference.js
var V1BoundObjectReference = class _V1BoundObjectReference {
  static getAttributeTypeMap() {
    return _V1BoundObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1BoundObjectReference.discriminator = void 0;
V1BoundObjectReference.mapping = void 0;
V1BoundObjectReference.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CELDeviceSelector.js
var V1CELDeviceSelector = class _V1CELDeviceSelector {
  static getAttributeTypeMap() {
    return _V1CELDeviceSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1CELDeviceSelector.discriminator = void 0;
V1CELDeviceSelector.mapping = void 0;
V1CELDeviceSelector.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSIDriver.js
var V1CSIDriver = class _V1CSIDriver {
  static getAttributeTypeMap() {
    return _V1CSIDriver.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSIDriver.discriminator = void 0;
V1CSIDriver.mapping = void 0;
V1CSIDriver.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1CSIDriverSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSIDriverList.js
var V1CSIDriverList = class _V1CSIDriverList {
  static getAttributeTypeMap() {
    return _V1CSIDriverList.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSIDriverList.discriminator = void 0;
V1CSIDriverList.mapping = void 0;
V1CSIDriverList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1CSIDriver>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSIDriverSpec.js
var V1CSIDriverSpec = class _V1CSIDriverSpec {
  static getAttributeTypeMap() {
    return _V1CSIDriverSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSIDriverSpec.discriminator = void 0;
V1CSIDriverSpec.mapping = void 0;
V1CSIDriverSpec.attributeTypeMap = [
  {
    "name": "attachRequired",
    "baseName": "attachRequired",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "fsGroupPolicy",
    "baseName": "fsGroupPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeAllocatableUpdatePeriodSeconds",
    "baseName": "nodeAllocatableUpdatePeriodSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "podInfoOnMount",
    "baseName": "podInfoOnMount",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "preventPodSchedulingIfMissing",
    "baseName": "preventPodSchedulingIfMissing",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "requiresRepublish",
    "baseName": "requiresRepublish",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "seLinuxMount",
    "baseName": "seLinuxMount",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "serviceAccountTokenInSecrets",
    "baseName": "serviceAccountTokenInSecrets",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "storageCapacity",
    "baseName": "storageCapacity",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "tokenRequests",
    "baseName": "tokenRequests",
    "type": "Array<StorageV1TokenRequest>",
    "format": ""
  },
  {
    "name": "volumeLifecycleModes",
    "baseName": "volumeLifecycleModes",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSINode.js
var V1CSINode = class _V1CSINode {
  static getAttributeTypeMap() {
    return _V1CSINode.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSINode.discriminator = void 0;
V1CSINode.mapping = void 0;
V1CSINode.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1CSINodeSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSINodeDriver.js
var V1CSINodeDriver = class _V1CSINodeDriver {
  static getAttributeTypeMap() {
    return _V1CSINodeDriver.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSINodeDriver.discriminator = void 0;
V1CSINodeDriver.mapping = void 0;
V1CSINodeDriver.attributeTypeMap = [
  {
    "name": "allocatable",
    "baseName": "allocatable",
    "type": "V1VolumeNodeResources",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeID",
    "baseName": "nodeID",
    "type": "string",
    "format": ""
  },
  {
    "name": "topologyKeys",
    "baseName": "topologyKeys",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSINodeList.js
var V1CSINodeList = class _V1CSINodeList {
  static getAttributeTypeMap() {
    return _V1CSINodeList.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSINodeList.discriminator = void 0;
V1CSINodeList.mapping = void 0;
V1CSINodeList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1CSINode>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSINodeSpec.js
var V1CSINodeSpec = class _V1CSINodeSpec {
  static getAttributeTypeMap() {
    return _V1CSINodeSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSINodeSpec.discriminator = void 0;
V1CSINodeSpec.mapping = void 0;
V1CSINodeSpec.attributeTypeMap = [
  {
    "name": "drivers",
    "baseName": "drivers",
    "type": "Array<V1CSINodeDriver>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSIPersistentVolumeSource.js
var V1CSIPersistentVolumeSource = class _V1CSIPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1CSIPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSIPersistentVolumeSource.discriminator = void 0;
V1CSIPersistentVolumeSource.mapping = void 0;
V1CSIPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "controllerExpandSecretRef",
    "baseName": "controllerExpandSecretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "controllerPublishSecretRef",
    "baseName": "controllerPublishSecretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeExpandSecretRef",
    "baseName": "nodeExpandSecretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "nodePublishSecretRef",
    "baseName": "nodePublishSecretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "nodeStageSecretRef",
    "baseName": "nodeStageSecretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "volumeAttributes",
    "baseName": "volumeAttributes",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "volumeHandle",
    "baseName": "volumeHandle",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSIStorageCapacity.js
var V1CSIStorageCapacity = class _V1CSIStorageCapacity {
  static getAttributeTypeMap() {
    return _V1CSIStorageCapacity.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSIStorageCapacity.discriminator = void 0;
V1CSIStorageCapacity.mapping = void 0;
V1CSIStorageCapacity.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "maximumVolumeSize",
    "baseName": "maximumVolumeSize",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "nodeTopology",
    "baseName": "nodeTopology",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "storageClassName",
    "baseName": "storageClassName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSIStorageCapacityList.js
var V1CSIStorageCapacityList = class _V1CSIStorageCapacityList {
  static getAttributeTypeMap() {
    return _V1CSIStorageCapacityList.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSIStorageCapacityList.discriminator = void 0;
V1CSIStorageCapacityList.mapping = void 0;
V1CSIStorageCapacityList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1CSIStorageCapacity>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CSIVolumeSource.js
var V1CSIVolumeSource = class _V1CSIVolumeSource {
  static getAttributeTypeMap() {
    return _V1CSIVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1CSIVolumeSource.discriminator = void 0;
V1CSIVolumeSource.mapping = void 0;
V1CSIVolumeSource.attributeTypeMap = [
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodePublishSecretRef",
    "baseName": "nodePublishSecretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "volumeAttributes",
    "baseName": "volumeAttributes",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Capabilities.js
var V1Capabilities = class _V1Capabilities {
  static getAttributeTypeMap() {
    return _V1Capabilities.attributeTypeMap;
  }
  constructor() {
  }
};
V1Capabilities.discriminator = void 0;
V1Capabilities.mapping = void 0;
V1Capabilities.attributeTypeMap = [
  {
    "name": "add",
    "baseName": "add",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "drop",
    "baseName": "drop",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CapacityRequestPolicy.js
var V1CapacityRequestPolicy = class _V1CapacityRequestPolicy {
  static getAttributeTypeMap() {
    return _V1CapacityRequestPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1CapacityRequestPolicy.discriminator = void 0;
V1CapacityRequestPolicy.mapping = void 0;
V1CapacityRequestPolicy.attributeTypeMap = [
  {
    "name": "_default",
    "baseName": "default",
    "type": "string",
    "format": ""
  },
  {
    "name": "validRange",
    "baseName": "validRange",
    "type": "V1CapacityRequestPolicyRange",
    "format": ""
  },
  {
    "name": "validValues",
    "baseName": "validValues",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CapacityRequestPolicyRange.js
var V1CapacityRequestPolicyRange = class _V1CapacityRequestPolicyRange {
  static getAttributeTypeMap() {
    return _V1CapacityRequestPolicyRange.attributeTypeMap;
  }
  constructor() {
  }
};
V1CapacityRequestPolicyRange.discriminator = void 0;
V1CapacityRequestPolicyRange.mapping = void 0;
V1CapacityRequestPolicyRange.attributeTypeMap = [
  {
    "name": "max",
    "baseName": "max",
    "type": "string",
    "format": ""
  },
  {
    "name": "min",
    "baseName": "min",
    "type": "string",
    "format": ""
  },
  {
    "name": "step",
    "baseName": "step",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CapacityRequirements.js
var V1CapacityRequirements = class _V1CapacityRequirements {
  static getAttributeTypeMap() {
    return _V1CapacityRequirements.attributeTypeMap;
  }
  constructor() {
  }
};
V1CapacityRequirements.discriminator = void 0;
V1CapacityRequirements.mapping = void 0;
V1CapacityRequirements.attributeTypeMap = [
  {
    "name": "requests",
    "baseName": "requests",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CephFSPersistentVolumeSource.js
var V1CephFSPersistentVolumeSource = class _V1CephFSPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1CephFSPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1CephFSPersistentVolumeSource.discriminator = void 0;
V1CephFSPersistentVolumeSource.mapping = void 0;
V1CephFSPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "monitors",
    "baseName": "monitors",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretFile",
    "baseName": "secretFile",
    "type": "string",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CephFSVolumeSource.js
var V1CephFSVolumeSource = class _V1CephFSVolumeSource {
  static getAttributeTypeMap() {
    return _V1CephFSVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1CephFSVolumeSource.discriminator = void 0;
V1CephFSVolumeSource.mapping = void 0;
V1CephFSVolumeSource.attributeTypeMap = [
  {
    "name": "monitors",
    "baseName": "monitors",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretFile",
    "baseName": "secretFile",
    "type": "string",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CertificateSigningRequest.js
var V1CertificateSigningRequest = class _V1CertificateSigningRequest {
  static getAttributeTypeMap() {
    return _V1CertificateSigningRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1CertificateSigningRequest.discriminator = void 0;
V1CertificateSigningRequest.mapping = void 0;
V1CertificateSigningRequest.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1CertificateSigningRequestSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1CertificateSigningRequestStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CertificateSigningRequestCondition.js
var V1CertificateSigningRequestCondition = class _V1CertificateSigningRequestCondition {
  static getAttributeTypeMap() {
    return _V1CertificateSigningRequestCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1CertificateSigningRequestCondition.discriminator = void 0;
V1CertificateSigningRequestCondition.mapping = void 0;
V1CertificateSigningRequestCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "lastUpdateTime",
    "baseName": "lastUpdateTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CertificateSigningRequestList.js
var V1CertificateSigningRequestList = class _V1CertificateSigningRequestList {
  static getAttributeTypeMap() {
    return _V1CertificateSigningRequestList.attributeTypeMap;
  }
  constructor() {
  }
};
V1CertificateSigningRequestList.discriminator = void 0;
V1CertificateSigningRequestList.mapping = void 0;
V1CertificateSigningRequestList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1CertificateSigningRequest>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CertificateSigningRequestSpec.js
var V1CertificateSigningRequestSpec = class _V1CertificateSigningRequestSpec {
  static getAttributeTypeMap() {
    return _V1CertificateSigningRequestSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1CertificateSigningRequestSpec.discriminator = void 0;
V1CertificateSigningRequestSpec.mapping = void 0;
V1CertificateSigningRequestSpec.attributeTypeMap = [
  {
    "name": "expirationSeconds",
    "baseName": "expirationSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "extra",
    "baseName": "extra",
    "type": "{ [key: string]: Array<string>; }",
    "format": ""
  },
  {
    "name": "groups",
    "baseName": "groups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "request",
    "baseName": "request",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "signerName",
    "baseName": "signerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  },
  {
    "name": "usages",
    "baseName": "usages",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "username",
    "baseName": "username",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CertificateSigningRequestStatus.js
var V1CertificateSigningRequestStatus = class _V1CertificateSigningRequestStatus {
  static getAttributeTypeMap() {
    return _V1CertificateSigningRequestStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1CertificateSigningRequestStatus.discriminator = void 0;
V1CertificateSigningRequestStatus.mapping = void 0;
V1CertificateSigningRequestStatus.attributeTypeMap = [
  {
    "name": "certificate",
    "baseName": "certificate",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1CertificateSigningRequestCondition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CinderPersistentVolumeSource.js
var V1CinderPersistentVolumeSource = class _V1CinderPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1CinderPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1CinderPersistentVolumeSource.discriminator = void 0;
V1CinderPersistentVolumeSource.mapping = void 0;
V1CinderPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "volumeID",
    "baseName": "volumeID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CinderVolumeSource.js
var V1CinderVolumeSource = class _V1CinderVolumeSource {
  static getAttributeTypeMap() {
    return _V1CinderVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1CinderVolumeSource.discriminator = void 0;
V1CinderVolumeSource.mapping = void 0;
V1CinderVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  },
  {
    "name": "volumeID",
    "baseName": "volumeID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ClientIPConfig.js
var V1ClientIPConfig = class _V1ClientIPConfig {
  static getAttributeTypeMap() {
    return _V1ClientIPConfig.attributeTypeMap;
  }
  constructor() {
  }
};
V1ClientIPConfig.discriminator = void 0;
V1ClientIPConfig.mapping = void 0;
V1ClientIPConfig.attributeTypeMap = [
  {
    "name": "timeoutSeconds",
    "baseName": "timeoutSeconds",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ClusterRole.js
var V1ClusterRole = class _V1ClusterRole {
  static getAttributeTypeMap() {
    return _V1ClusterRole.attributeTypeMap;
  }
  constructor() {
  }
};
V1ClusterRole.discriminator = void 0;
V1ClusterRole.mapping = void 0;
V1ClusterRole.attributeTypeMap = [
  {
    "name": "aggregationRule",
    "baseName": "aggregationRule",
    "type": "V1AggregationRule",
    "format": ""
  },
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1PolicyRule>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ClusterRoleBinding.js
var V1ClusterRoleBinding = class _V1ClusterRoleBinding {
  static getAttributeTypeMap() {
    return _V1ClusterRoleBinding.attributeTypeMap;
  }
  constructor() {
  }
};
V1ClusterRoleBinding.discriminator = void 0;
V1ClusterRoleBinding.mapping = void 0;
V1ClusterRoleBinding.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "roleRef",
    "baseName": "roleRef",
    "type": "V1RoleRef",
    "format": ""
  },
  {
    "name": "subjects",
    "baseName": "subjects",
    "type": "Array<RbacV1Subject>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ClusterRoleBindingList.js
var V1ClusterRoleBindingList = class _V1ClusterRoleBindingList {
  static getAttributeTypeMap() {
    return _V1ClusterRoleBindingList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ClusterRoleBindingList.discriminator = void 0;
V1ClusterRoleBindingList.mapping = void 0;
V1ClusterRoleBindingList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ClusterRoleBinding>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ClusterRoleList.js
var V1ClusterRoleList = class _V1ClusterRoleList {
  static getAttributeTypeMap() {
    return _V1ClusterRoleList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ClusterRoleList.discriminator = void 0;
V1ClusterRoleList.mapping = void 0;
V1ClusterRoleList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ClusterRole>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ClusterTrustBundleProjection.js
var V1ClusterTrustBundleProjection = class _V1ClusterTrustBundleProjection {
  static getAttributeTypeMap() {
    return _V1ClusterTrustBundleProjection.attributeTypeMap;
  }
  constructor() {
  }
};
V1ClusterTrustBundleProjection.discriminator = void 0;
V1ClusterTrustBundleProjection.mapping = void 0;
V1ClusterTrustBundleProjection.attributeTypeMap = [
  {
    "name": "labelSelector",
    "baseName": "labelSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "signerName",
    "baseName": "signerName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ComponentCondition.js
var V1ComponentCondition = class _V1ComponentCondition {
  static getAttributeTypeMap() {
    return _V1ComponentCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1ComponentCondition.discriminator = void 0;
V1ComponentCondition.mapping = void 0;
V1ComponentCondition.attributeTypeMap = [
  {
    "name": "error",
    "baseName": "error",
    "type": "string",
    "format": ""
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ComponentStatus.js
var V1ComponentStatus = class _V1ComponentStatus {
  static getAttributeTypeMap() {
    return _V1ComponentStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ComponentStatus.discriminator = void 0;
V1ComponentStatus.mapping = void 0;
V1ComponentStatus.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1ComponentCondition>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ComponentStatusList.js
var V1ComponentStatusList = class _V1ComponentStatusList {
  static getAttributeTypeMap() {
    return _V1ComponentStatusList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ComponentStatusList.discriminator = void 0;
V1ComponentStatusList.mapping = void 0;
V1ComponentStatusList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ComponentStatus>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Condition.js
var V1Condition = class _V1Condition {
  static getAttributeTypeMap() {
    return _V1Condition.attributeTypeMap;
  }
  constructor() {
  }
};
V1Condition.discriminator = void 0;
V1Condition.mapping = void 0;
V1Condition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ConfigMap.js
var V1ConfigMap = class _V1ConfigMap {
  static getAttributeTypeMap() {
    return _V1ConfigMap.attributeTypeMap;
  }
  constructor() {
  }
};
V1ConfigMap.discriminator = void 0;
V1ConfigMap.mapping = void 0;
V1ConfigMap.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "binaryData",
    "baseName": "binaryData",
    "type": "{ [key: string]: string; }",
    "format": "byte"
  },
  {
    "name": "data",
    "baseName": "data",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "immutable",
    "baseName": "immutable",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ConfigMapEnvSource.js
var V1ConfigMapEnvSource = class _V1ConfigMapEnvSource {
  static getAttributeTypeMap() {
    return _V1ConfigMapEnvSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ConfigMapEnvSource.discriminator = void 0;
V1ConfigMapEnvSource.mapping = void 0;
V1ConfigMapEnvSource.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ConfigMapKeySelector.js
var V1ConfigMapKeySelector = class _V1ConfigMapKeySelector {
  static getAttributeTypeMap() {
    return _V1ConfigMapKeySelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1ConfigMapKeySelector.discriminator = void 0;
V1ConfigMapKeySelector.mapping = void 0;
V1ConfigMapKeySelector.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ConfigMapList.js
var V1ConfigMapList = class _V1ConfigMapList {
  static getAttributeTypeMap() {
    return _V1ConfigMapList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ConfigMapList.discriminator = void 0;
V1ConfigMapList.mapping = void 0;
V1ConfigMapList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ConfigMap>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ConfigMapNodeConfigSource.js
var V1ConfigMapNodeConfigSource = class _V1ConfigMapNodeConfigSource {
  static getAttributeTypeMap() {
    return _V1ConfigMapNodeConfigSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ConfigMapNodeConfigSource.discriminator = void 0;
V1ConfigMapNodeConfigSource.mapping = void 0;
V1ConfigMapNodeConfigSource.attributeTypeMap = [
  {
    "name": "kubeletConfigKey",
    "baseName": "kubeletConfigKey",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceVersion",
    "baseName": "resourceVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ConfigMapProjection.js
var V1ConfigMapProjection = class _V1ConfigMapProjection {
  static getAttributeTypeMap() {
    return _V1ConfigMapProjection.attributeTypeMap;
  }
  constructor() {
  }
};
V1ConfigMapProjection.discriminator = void 0;
V1ConfigMapProjection.mapping = void 0;
V1ConfigMapProjection.attributeTypeMap = [
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1KeyToPath>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ConfigMapVolumeSource.js
var V1ConfigMapVolumeSource = class _V1ConfigMapVolumeSource {
  static getAttributeTypeMap() {
    return _V1ConfigMapVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ConfigMapVolumeSource.discriminator = void 0;
V1ConfigMapVolumeSource.mapping = void 0;
V1ConfigMapVolumeSource.attributeTypeMap = [
  {
    "name": "defaultMode",
    "baseName": "defaultMode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1KeyToPath>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Container.js
var V1Container = class _V1Container {
  static getAttributeTypeMap() {
    return _V1Container.attributeTypeMap;
  }
  constructor() {
  }
};
V1Container.discriminator = void 0;
V1Container.mapping = void 0;
V1Container.attributeTypeMap = [
  {
    "name": "args",
    "baseName": "args",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "command",
    "baseName": "command",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "env",
    "baseName": "env",
    "type": "Array<V1EnvVar>",
    "format": ""
  },
  {
    "name": "envFrom",
    "baseName": "envFrom",
    "type": "Array<V1EnvFromSource>",
    "format": ""
  },
  {
    "name": "image",
    "baseName": "image",
    "type": "string",
    "format": ""
  },
  {
    "name": "imagePullPolicy",
    "baseName": "imagePullPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "lifecycle",
    "baseName": "lifecycle",
    "type": "V1Lifecycle",
    "format": ""
  },
  {
    "name": "livenessProbe",
    "baseName": "livenessProbe",
    "type": "V1Probe",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<V1ContainerPort>",
    "format": ""
  },
  {
    "name": "readinessProbe",
    "baseName": "readinessProbe",
    "type": "V1Probe",
    "format": ""
  },
  {
    "name": "resizePolicy",
    "baseName": "resizePolicy",
    "type": "Array<V1ContainerResizePolicy>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "V1ResourceRequirements",
    "format": ""
  },
  {
    "name": "restartPolicy",
    "baseName": "restartPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "restartPolicyRules",
    "baseName": "restartPolicyRules",
    "type": "Array<V1ContainerRestartRule>",
    "format": ""
  },
  {
    "name": "securityContext",
    "baseName": "securityContext",
    "type": "V1SecurityContext",
    "format": ""
  },
  {
    "name": "startupProbe",
    "baseName": "startupProbe",
    "type": "V1Probe",
    "format": ""
  },
  {
    "name": "stdin",
    "baseName": "stdin",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "stdinOnce",
    "baseName": "stdinOnce",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "terminationMessagePath",
    "baseName": "terminationMessagePath",
    "type": "string",
    "format": ""
  },
  {
    "name": "terminationMessagePolicy",
    "baseName": "terminationMessagePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "tty",
    "baseName": "tty",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "volumeDevices",
    "baseName": "volumeDevices",
    "type": "Array<V1VolumeDevice>",
    "format": ""
  },
  {
    "name": "volumeMounts",
    "baseName": "volumeMounts",
    "type": "Array<V1VolumeMount>",
    "format": ""
  },
  {
    "name": "workingDir",
    "baseName": "workingDir",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerExtendedResourceRequest.js
var V1ContainerExtendedResourceRequest = class _V1ContainerExtendedResourceRequest {
  static getAttributeTypeMap() {
    return _V1ContainerExtendedResourceRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerExtendedResourceRequest.discriminator = void 0;
V1ContainerExtendedResourceRequest.mapping = void 0;
V1ContainerExtendedResourceRequest.attributeTypeMap = [
  {
    "name": "containerName",
    "baseName": "containerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "requestName",
    "baseName": "requestName",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceName",
    "baseName": "resourceName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerImage.js
var V1ContainerImage = class _V1ContainerImage {
  static getAttributeTypeMap() {
    return _V1ContainerImage.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerImage.discriminator = void 0;
V1ContainerImage.mapping = void 0;
V1ContainerImage.attributeTypeMap = [
  {
    "name": "names",
    "baseName": "names",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "sizeBytes",
    "baseName": "sizeBytes",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerPort.js
var V1ContainerPort = class _V1ContainerPort {
  static getAttributeTypeMap() {
    return _V1ContainerPort.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerPort.discriminator = void 0;
V1ContainerPort.mapping = void 0;
V1ContainerPort.attributeTypeMap = [
  {
    "name": "containerPort",
    "baseName": "containerPort",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "hostIP",
    "baseName": "hostIP",
    "type": "string",
    "format": ""
  },
  {
    "name": "hostPort",
    "baseName": "hostPort",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "protocol",
    "baseName": "protocol",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerResizePolicy.js
var V1ContainerResizePolicy = class _V1ContainerResizePolicy {
  static getAttributeTypeMap() {
    return _V1ContainerResizePolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerResizePolicy.discriminator = void 0;
V1ContainerResizePolicy.mapping = void 0;
V1ContainerResizePolicy.attributeTypeMap = [
  {
    "name": "resourceName",
    "baseName": "resourceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "restartPolicy",
    "baseName": "restartPolicy",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerRestartRule.js
var V1ContainerRestartRule = class _V1ContainerRestartRule {
  static getAttributeTypeMap() {
    return _V1ContainerRestartRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerRestartRule.discriminator = void 0;
V1ContainerRestartRule.mapping = void 0;
V1ContainerRestartRule.attributeTypeMap = [
  {
    "name": "action",
    "baseName": "action",
    "type": "string",
    "format": ""
  },
  {
    "name": "exitCodes",
    "baseName": "exitCodes",
    "type": "V1ContainerRestartRuleOnExitCodes",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerRestartRuleOnExitCodes.js
var V1ContainerRestartRuleOnExitCodes = class _V1ContainerRestartRuleOnExitCodes {
  static getAttributeTypeMap() {
    return _V1ContainerRestartRuleOnExitCodes.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerRestartRuleOnExitCodes.discriminator = void 0;
V1ContainerRestartRuleOnExitCodes.mapping = void 0;
V1ContainerRestartRuleOnExitCodes.attributeTypeMap = [
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "values",
    "baseName": "values",
    "type": "Array<number>",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerState.js
var V1ContainerState = class _V1ContainerState {
  static getAttributeTypeMap() {
    return _V1ContainerState.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerState.discriminator = void 0;
V1ContainerState.mapping = void 0;
V1ContainerState.attributeTypeMap = [
  {
    "name": "running",
    "baseName": "running",
    "type": "V1ContainerStateRunning",
    "format": ""
  },
  {
    "name": "terminated",
    "baseName": "terminated",
    "type": "V1ContainerStateTerminated",
    "format": ""
  },
  {
    "name": "waiting",
    "baseName": "waiting",
    "type": "V1ContainerStateWaiting",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerStateRunning.js
var V1ContainerStateRunning = class _V1ContainerStateRunning {
  static getAttributeTypeMap() {
    return _V1ContainerStateRunning.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerStateRunning.discriminator = void 0;
V1ContainerStateRunning.mapping = void 0;
V1ContainerStateRunning.attributeTypeMap = [
  {
    "name": "startedAt",
    "baseName": "startedAt",
    "type": "Date",
    "format": "date-time"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerStateTerminated.js
var V1ContainerStateTerminated = class _V1ContainerStateTerminated {
  static getAttributeTypeMap() {
    return _V1ContainerStateTerminated.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerStateTerminated.discriminator = void 0;
V1ContainerStateTerminated.mapping = void 0;
V1ContainerStateTerminated.attributeTypeMap = [
  {
    "name": "containerID",
    "baseName": "containerID",
    "type": "string",
    "format": ""
  },
  {
    "name": "exitCode",
    "baseName": "exitCode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "finishedAt",
    "baseName": "finishedAt",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "signal",
    "baseName": "signal",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "startedAt",
    "baseName": "startedAt",
    "type": "Date",
    "format": "date-time"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerStateWaiting.js
var V1ContainerStateWaiting = class _V1ContainerStateWaiting {
  static getAttributeTypeMap() {
    return _V1ContainerStateWaiting.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerStateWaiting.discriminator = void 0;
V1ContainerStateWaiting.mapping = void 0;
V1ContainerStateWaiting.attributeTypeMap = [
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerStatus.js
var V1ContainerStatus = class _V1ContainerStatus {
  static getAttributeTypeMap() {
    return _V1ContainerStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerStatus.discriminator = void 0;
V1ContainerStatus.mapping = void 0;
V1ContainerStatus.attributeTypeMap = [
  {
    "name": "allocatedResources",
    "baseName": "allocatedResources",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "allocatedResourcesStatus",
    "baseName": "allocatedResourcesStatus",
    "type": "Array<V1ResourceStatus>",
    "format": ""
  },
  {
    "name": "containerID",
    "baseName": "containerID",
    "type": "string",
    "format": ""
  },
  {
    "name": "image",
    "baseName": "image",
    "type": "string",
    "format": ""
  },
  {
    "name": "imageID",
    "baseName": "imageID",
    "type": "string",
    "format": ""
  },
  {
    "name": "lastState",
    "baseName": "lastState",
    "type": "V1ContainerState",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "ready",
    "baseName": "ready",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "V1ResourceRequirements",
    "format": ""
  },
  {
    "name": "restartCount",
    "baseName": "restartCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "started",
    "baseName": "started",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "state",
    "baseName": "state",
    "type": "V1ContainerState",
    "format": ""
  },
  {
    "name": "stopSignal",
    "baseName": "stopSignal",
    "type": "string",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "V1ContainerUser",
    "format": ""
  },
  {
    "name": "volumeMounts",
    "baseName": "volumeMounts",
    "type": "Array<V1VolumeMountStatus>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ContainerUser.js
var V1ContainerUser = class _V1ContainerUser {
  static getAttributeTypeMap() {
    return _V1ContainerUser.attributeTypeMap;
  }
  constructor() {
  }
};
V1ContainerUser.discriminator = void 0;
V1ContainerUser.mapping = void 0;
V1ContainerUser.attributeTypeMap = [
  {
    "name": "linux",
    "baseName": "linux",
    "type": "V1LinuxContainerUser",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ControllerRevision.js
var V1ControllerRevision = class _V1ControllerRevision {
  static getAttributeTypeMap() {
    return _V1ControllerRevision.attributeTypeMap;
  }
  constructor() {
  }
};
V1ControllerRevision.discriminator = void 0;
V1ControllerRevision.mapping = void 0;
V1ControllerRevision.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "data",
    "baseName": "data",
    "type": "any",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "revision",
    "baseName": "revision",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ControllerRevisionList.js
var V1ControllerRevisionList = class _V1ControllerRevisionList {
  static getAttributeTypeMap() {
    return _V1ControllerRevisionList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ControllerRevisionList.discriminator = void 0;
V1ControllerRevisionList.mapping = void 0;
V1ControllerRevisionList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ControllerRevision>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Counter.js
var V1Counter = class _V1Counter {
  static getAttributeTypeMap() {
    return _V1Counter.attributeTypeMap;
  }
  constructor() {
  }
};
V1Counter.discriminator = void 0;
V1Counter.mapping = void 0;
V1Counter.attributeTypeMap = [
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CounterSet.js
var V1CounterSet = class _V1CounterSet {
  static getAttributeTypeMap() {
    return _V1CounterSet.attributeTypeMap;
  }
  constructor() {
  }
};
V1CounterSet.discriminator = void 0;
V1CounterSet.mapping = void 0;
V1CounterSet.attributeTypeMap = [
  {
    "name": "counters",
    "baseName": "counters",
    "type": "{ [key: string]: V1Counter; }",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CronJob.js
var V1CronJob = class _V1CronJob {
  static getAttributeTypeMap() {
    return _V1CronJob.attributeTypeMap;
  }
  constructor() {
  }
};
V1CronJob.discriminator = void 0;
V1CronJob.mapping = void 0;
V1CronJob.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1CronJobSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1CronJobStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CronJobList.js
var V1CronJobList = class _V1CronJobList {
  static getAttributeTypeMap() {
    return _V1CronJobList.attributeTypeMap;
  }
  constructor() {
  }
};
V1CronJobList.discriminator = void 0;
V1CronJobList.mapping = void 0;
V1CronJobList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1CronJob>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CronJobSpec.js
var V1CronJobSpec = class _V1CronJobSpec {
  static getAttributeTypeMap() {
    return _V1CronJobSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1CronJobSpec.discriminator = void 0;
V1CronJobSpec.mapping = void 0;
V1CronJobSpec.attributeTypeMap = [
  {
    "name": "concurrencyPolicy",
    "baseName": "concurrencyPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "failedJobsHistoryLimit",
    "baseName": "failedJobsHistoryLimit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "jobTemplate",
    "baseName": "jobTemplate",
    "type": "V1JobTemplateSpec",
    "format": ""
  },
  {
    "name": "schedule",
    "baseName": "schedule",
    "type": "string",
    "format": ""
  },
  {
    "name": "startingDeadlineSeconds",
    "baseName": "startingDeadlineSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "successfulJobsHistoryLimit",
    "baseName": "successfulJobsHistoryLimit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "suspend",
    "baseName": "suspend",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "timeZone",
    "baseName": "timeZone",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CronJobStatus.js
var V1CronJobStatus = class _V1CronJobStatus {
  static getAttributeTypeMap() {
    return _V1CronJobStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1CronJobStatus.discriminator = void 0;
V1CronJobStatus.mapping = void 0;
V1CronJobStatus.attributeTypeMap = [
  {
    "name": "active",
    "baseName": "active",
    "type": "Array<V1ObjectReference>",
    "format": ""
  },
  {
    "name": "lastScheduleTime",
    "baseName": "lastScheduleTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "lastSuccessfulTime",
    "baseName": "lastSuccessfulTime",
    "type": "Date",
    "format": "date-time"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CrossVersionObjectReference.js
var V1CrossVersionObjectReference = class _V1CrossVersionObjectReference {
  static getAttributeTypeMap() {
    return _V1CrossVersionObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1CrossVersionObjectReference.discriminator = void 0;
V1CrossVersionObjectReference.mapping = void 0;
V1CrossVersionObjectReference.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceColumnDefinition.js
var V1CustomResourceColumnDefinition = class _V1CustomResourceColumnDefinition {
  static getAttributeTypeMap() {
    return _V1CustomResourceColumnDefinition.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceColumnDefinition.discriminator = void 0;
V1CustomResourceColumnDefinition.mapping = void 0;
V1CustomResourceColumnDefinition.attributeTypeMap = [
  {
    "name": "description",
    "baseName": "description",
    "type": "string",
    "format": ""
  },
  {
    "name": "format",
    "baseName": "format",
    "type": "string",
    "format": ""
  },
  {
    "name": "jsonPath",
    "baseName": "jsonPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "priority",
    "baseName": "priority",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceConversion.js
var V1CustomResourceConversion = class _V1CustomResourceConversion {
  static getAttributeTypeMap() {
    return _V1CustomResourceConversion.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceConversion.discriminator = void 0;
V1CustomResourceConversion.mapping = void 0;
V1CustomResourceConversion.attributeTypeMap = [
  {
    "name": "strategy",
    "baseName": "strategy",
    "type": "string",
    "format": ""
  },
  {
    "name": "webhook",
    "baseName": "webhook",
    "type": "V1WebhookConversion",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceDefinition.js
var V1CustomResourceDefinition = class _V1CustomResourceDefinition {
  static getAttributeTypeMap() {
    return _V1CustomResourceDefinition.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceDefinition.discriminator = void 0;
V1CustomResourceDefinition.mapping = void 0;
V1CustomResourceDefinition.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1CustomResourceDefinitionSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1CustomResourceDefinitionStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceDefinitionCondition.js
var V1CustomResourceDefinitionCondition = class _V1CustomResourceDefinitionCondition {
  static getAttributeTypeMap() {
    return _V1CustomResourceDefinitionCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceDefinitionCondition.discriminator = void 0;
V1CustomResourceDefinitionCondition.mapping = void 0;
V1CustomResourceDefinitionCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceDefinitionList.js
var V1CustomResourceDefinitionList = class _V1CustomResourceDefinitionList {
  static getAttributeTypeMap() {
    return _V1CustomResourceDefinitionList.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceDefinitionList.discriminator = void 0;
V1CustomResourceDefinitionList.mapping = void 0;
V1CustomResourceDefinitionList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1CustomResourceDefinition>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceDefinitionNames.js
var V1CustomResourceDefinitionNames = class _V1CustomResourceDefinitionNames {
  static getAttributeTypeMap() {
    return _V1CustomResourceDefinitionNames.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceDefinitionNames.discriminator = void 0;
V1CustomResourceDefinitionNames.mapping = void 0;
V1CustomResourceDefinitionNames.attributeTypeMap = [
  {
    "name": "categories",
    "baseName": "categories",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "listKind",
    "baseName": "listKind",
    "type": "string",
    "format": ""
  },
  {
    "name": "plural",
    "baseName": "plural",
    "type": "string",
    "format": ""
  },
  {
    "name": "shortNames",
    "baseName": "shortNames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "singular",
    "baseName": "singular",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceDefinitionSpec.js
var V1CustomResourceDefinitionSpec = class _V1CustomResourceDefinitionSpec {
  static getAttributeTypeMap() {
    return _V1CustomResourceDefinitionSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceDefinitionSpec.discriminator = void 0;
V1CustomResourceDefinitionSpec.mapping = void 0;
V1CustomResourceDefinitionSpec.attributeTypeMap = [
  {
    "name": "conversion",
    "baseName": "conversion",
    "type": "V1CustomResourceConversion",
    "format": ""
  },
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "names",
    "baseName": "names",
    "type": "V1CustomResourceDefinitionNames",
    "format": ""
  },
  {
    "name": "preserveUnknownFields",
    "baseName": "preserveUnknownFields",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "scope",
    "baseName": "scope",
    "type": "string",
    "format": ""
  },
  {
    "name": "versions",
    "baseName": "versions",
    "type": "Array<V1CustomResourceDefinitionVersion>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceDefinitionStatus.js
var V1CustomResourceDefinitionStatus = class _V1CustomResourceDefinitionStatus {
  static getAttributeTypeMap() {
    return _V1CustomResourceDefinitionStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceDefinitionStatus.discriminator = void 0;
V1CustomResourceDefinitionStatus.mapping = void 0;
V1CustomResourceDefinitionStatus.attributeTypeMap = [
  {
    "name": "acceptedNames",
    "baseName": "acceptedNames",
    "type": "V1CustomResourceDefinitionNames",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1CustomResourceDefinitionCondition>",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "storedVersions",
    "baseName": "storedVersions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceDefinitionVersion.js
var V1CustomResourceDefinitionVersion = class _V1CustomResourceDefinitionVersion {
  static getAttributeTypeMap() {
    return _V1CustomResourceDefinitionVersion.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceDefinitionVersion.discriminator = void 0;
V1CustomResourceDefinitionVersion.mapping = void 0;
V1CustomResourceDefinitionVersion.attributeTypeMap = [
  {
    "name": "additionalPrinterColumns",
    "baseName": "additionalPrinterColumns",
    "type": "Array<V1CustomResourceColumnDefinition>",
    "format": ""
  },
  {
    "name": "deprecated",
    "baseName": "deprecated",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "deprecationWarning",
    "baseName": "deprecationWarning",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "schema",
    "baseName": "schema",
    "type": "V1CustomResourceValidation",
    "format": ""
  },
  {
    "name": "selectableFields",
    "baseName": "selectableFields",
    "type": "Array<V1SelectableField>",
    "format": ""
  },
  {
    "name": "served",
    "baseName": "served",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "storage",
    "baseName": "storage",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "subresources",
    "baseName": "subresources",
    "type": "V1CustomResourceSubresources",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceSubresourceScale.js
var V1CustomResourceSubresourceScale = class _V1CustomResourceSubresourceScale {
  static getAttributeTypeMap() {
    return _V1CustomResourceSubresourceScale.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceSubresourceScale.discriminator = void 0;
V1CustomResourceSubresourceScale.mapping = void 0;
V1CustomResourceSubresourceScale.attributeTypeMap = [
  {
    "name": "labelSelectorPath",
    "baseName": "labelSelectorPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "specReplicasPath",
    "baseName": "specReplicasPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "statusReplicasPath",
    "baseName": "statusReplicasPath",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceSubresources.js
var V1CustomResourceSubresources = class _V1CustomResourceSubresources {
  static getAttributeTypeMap() {
    return _V1CustomResourceSubresources.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceSubresources.discriminator = void 0;
V1CustomResourceSubresources.mapping = void 0;
V1CustomResourceSubresources.attributeTypeMap = [
  {
    "name": "scale",
    "baseName": "scale",
    "type": "V1CustomResourceSubresourceScale",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "any",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1CustomResourceValidation.js
var V1CustomResourceValidation = class _V1CustomResourceValidation {
  static getAttributeTypeMap() {
    return _V1CustomResourceValidation.attributeTypeMap;
  }
  constructor() {
  }
};
V1CustomResourceValidation.discriminator = void 0;
V1CustomResourceValidation.mapping = void 0;
V1CustomResourceValidation.attributeTypeMap = [
  {
    "name": "openAPIV3Schema",
    "baseName": "openAPIV3Schema",
    "type": "V1JSONSchemaProps",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DaemonEndpoint.js
var V1DaemonEndpoint = class _V1DaemonEndpoint {
  static getAttributeTypeMap() {
    return _V1DaemonEndpoint.attributeTypeMap;
  }
  constructor() {
  }
};
V1DaemonEndpoint.discriminator = void 0;
V1DaemonEndpoint.mapping = void 0;
V1DaemonEndpoint.attributeTypeMap = [
  {
    "name": "Port",
    "baseName": "Port",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DaemonSet.js
var V1DaemonSet = class _V1DaemonSet {
  static getAttributeTypeMap() {
    return _V1DaemonSet.attributeTypeMap;
  }
  constructor() {
  }
};
V1DaemonSet.discriminator = void 0;
V1DaemonSet.mapping = void 0;
V1DaemonSet.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1DaemonSetSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1DaemonSetStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DaemonSetCondition.js
var V1DaemonSetCondition = class _V1DaemonSetCondition {
  static getAttributeTypeMap() {
    return _V1DaemonSetCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1DaemonSetCondition.discriminator = void 0;
V1DaemonSetCondition.mapping = void 0;
V1DaemonSetCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DaemonSetList.js
var V1DaemonSetList = class _V1DaemonSetList {
  static getAttributeTypeMap() {
    return _V1DaemonSetList.attributeTypeMap;
  }
  constructor() {
  }
};
V1DaemonSetList.discriminator = void 0;
V1DaemonSetList.mapping = void 0;
V1DaemonSetList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1DaemonSet>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DaemonSetSpec.js
var V1DaemonSetSpec = class _V1DaemonSetSpec {
  static getAttributeTypeMap() {
    return _V1DaemonSetSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1DaemonSetSpec.discriminator = void 0;
V1DaemonSetSpec.mapping = void 0;
V1DaemonSetSpec.attributeTypeMap = [
  {
    "name": "minReadySeconds",
    "baseName": "minReadySeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "revisionHistoryLimit",
    "baseName": "revisionHistoryLimit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "template",
    "baseName": "template",
    "type": "V1PodTemplateSpec",
    "format": ""
  },
  {
    "name": "updateStrategy",
    "baseName": "updateStrategy",
    "type": "V1DaemonSetUpdateStrategy",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DaemonSetStatus.js
var V1DaemonSetStatus = class _V1DaemonSetStatus {
  static getAttributeTypeMap() {
    return _V1DaemonSetStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1DaemonSetStatus.discriminator = void 0;
V1DaemonSetStatus.mapping = void 0;
V1DaemonSetStatus.attributeTypeMap = [
  {
    "name": "collisionCount",
    "baseName": "collisionCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1DaemonSetCondition>",
    "format": ""
  },
  {
    "name": "currentNumberScheduled",
    "baseName": "currentNumberScheduled",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "desiredNumberScheduled",
    "baseName": "desiredNumberScheduled",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "numberAvailable",
    "baseName": "numberAvailable",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "numberMisscheduled",
    "baseName": "numberMisscheduled",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "numberReady",
    "baseName": "numberReady",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "numberUnavailable",
    "baseName": "numberUnavailable",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "updatedNumberScheduled",
    "baseName": "updatedNumberScheduled",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DaemonSetUpdateStrategy.js
var V1DaemonSetUpdateStrategy = class _V1DaemonSetUpdateStrategy {
  static getAttributeTypeMap() {
    return _V1DaemonSetUpdateStrategy.attributeTypeMap;
  }
  constructor() {
  }
};
V1DaemonSetUpdateStrategy.discriminator = void 0;
V1DaemonSetUpdateStrategy.mapping = void 0;
V1DaemonSetUpdateStrategy.attributeTypeMap = [
  {
    "name": "rollingUpdate",
    "baseName": "rollingUpdate",
    "type": "V1RollingUpdateDaemonSet",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeleteOptions.js
var V1DeleteOptions = class _V1DeleteOptions {
  static getAttributeTypeMap() {
    return _V1DeleteOptions.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeleteOptions.discriminator = void 0;
V1DeleteOptions.mapping = void 0;
V1DeleteOptions.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "dryRun",
    "baseName": "dryRun",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "gracePeriodSeconds",
    "baseName": "gracePeriodSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "ignoreStoreReadErrorWithClusterBreakingPotential",
    "baseName": "ignoreStoreReadErrorWithClusterBreakingPotential",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "orphanDependents",
    "baseName": "orphanDependents",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "preconditions",
    "baseName": "preconditions",
    "type": "V1Preconditions",
    "format": ""
  },
  {
    "name": "propagationPolicy",
    "baseName": "propagationPolicy",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Deployment.js
var V1Deployment = class _V1Deployment {
  static getAttributeTypeMap() {
    return _V1Deployment.attributeTypeMap;
  }
  constructor() {
  }
};
V1Deployment.discriminator = void 0;
V1Deployment.mapping = void 0;
V1Deployment.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1DeploymentSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1DeploymentStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeploymentCondition.js
var V1DeploymentCondition = class _V1DeploymentCondition {
  static getAttributeTypeMap() {
    return _V1DeploymentCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeploymentCondition.discriminator = void 0;
V1DeploymentCondition.mapping = void 0;
V1DeploymentCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "lastUpdateTime",
    "baseName": "lastUpdateTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeploymentList.js
var V1DeploymentList = class _V1DeploymentList {
  static getAttributeTypeMap() {
    return _V1DeploymentList.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeploymentList.discriminator = void 0;
V1DeploymentList.mapping = void 0;
V1DeploymentList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Deployment>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeploymentSpec.js
var V1DeploymentSpec = class _V1DeploymentSpec {
  static getAttributeTypeMap() {
    return _V1DeploymentSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeploymentSpec.discriminator = void 0;
V1DeploymentSpec.mapping = void 0;
V1DeploymentSpec.attributeTypeMap = [
  {
    "name": "minReadySeconds",
    "baseName": "minReadySeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "paused",
    "baseName": "paused",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "progressDeadlineSeconds",
    "baseName": "progressDeadlineSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "revisionHistoryLimit",
    "baseName": "revisionHistoryLimit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "strategy",
    "baseName": "strategy",
    "type": "V1DeploymentStrategy",
    "format": ""
  },
  {
    "name": "template",
    "baseName": "template",
    "type": "V1PodTemplateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeploymentStatus.js
var V1DeploymentStatus = class _V1DeploymentStatus {
  static getAttributeTypeMap() {
    return _V1DeploymentStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeploymentStatus.discriminator = void 0;
V1DeploymentStatus.mapping = void 0;
V1DeploymentStatus.attributeTypeMap = [
  {
    "name": "availableReplicas",
    "baseName": "availableReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "collisionCount",
    "baseName": "collisionCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1DeploymentCondition>",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "readyReplicas",
    "baseName": "readyReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "terminatingReplicas",
    "baseName": "terminatingReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "unavailableReplicas",
    "baseName": "unavailableReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "updatedReplicas",
    "baseName": "updatedReplicas",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeploymentStrategy.js
var V1DeploymentStrategy = class _V1DeploymentStrategy {
  static getAttributeTypeMap() {
    return _V1DeploymentStrategy.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeploymentStrategy.discriminator = void 0;
V1DeploymentStrategy.mapping = void 0;
V1DeploymentStrategy.attributeTypeMap = [
  {
    "name": "rollingUpdate",
    "baseName": "rollingUpdate",
    "type": "V1RollingUpdateDeployment",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Device.js
var V1Device = class _V1Device {
  static getAttributeTypeMap() {
    return _V1Device.attributeTypeMap;
  }
  constructor() {
  }
};
V1Device.discriminator = void 0;
V1Device.mapping = void 0;
V1Device.attributeTypeMap = [
  {
    "name": "allNodes",
    "baseName": "allNodes",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "allowMultipleAllocations",
    "baseName": "allowMultipleAllocations",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "attributes",
    "baseName": "attributes",
    "type": "{ [key: string]: V1DeviceAttribute; }",
    "format": ""
  },
  {
    "name": "bindingConditions",
    "baseName": "bindingConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindingFailureConditions",
    "baseName": "bindingFailureConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindsToNode",
    "baseName": "bindsToNode",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "{ [key: string]: V1DeviceCapacity; }",
    "format": ""
  },
  {
    "name": "consumesCounters",
    "baseName": "consumesCounters",
    "type": "Array<V1DeviceCounterConsumption>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeAllocatableResourceMappings",
    "baseName": "nodeAllocatableResourceMappings",
    "type": "{ [key: string]: V1NodeAllocatableResourceMapping; }",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  },
  {
    "name": "taints",
    "baseName": "taints",
    "type": "Array<V1DeviceTaint>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceAllocationConfiguration.js
var V1DeviceAllocationConfiguration = class _V1DeviceAllocationConfiguration {
  static getAttributeTypeMap() {
    return _V1DeviceAllocationConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceAllocationConfiguration.discriminator = void 0;
V1DeviceAllocationConfiguration.mapping = void 0;
V1DeviceAllocationConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1OpaqueDeviceConfiguration",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "source",
    "baseName": "source",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceAllocationResult.js
var V1DeviceAllocationResult = class _V1DeviceAllocationResult {
  static getAttributeTypeMap() {
    return _V1DeviceAllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceAllocationResult.discriminator = void 0;
V1DeviceAllocationResult.mapping = void 0;
V1DeviceAllocationResult.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1DeviceAllocationConfiguration>",
    "format": ""
  },
  {
    "name": "results",
    "baseName": "results",
    "type": "Array<V1DeviceRequestAllocationResult>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceAttribute.js
var V1DeviceAttribute = class _V1DeviceAttribute {
  static getAttributeTypeMap() {
    return _V1DeviceAttribute.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceAttribute.discriminator = void 0;
V1DeviceAttribute.mapping = void 0;
V1DeviceAttribute.attributeTypeMap = [
  {
    "name": "bool",
    "baseName": "bool",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "bools",
    "baseName": "bools",
    "type": "Array<boolean>",
    "format": ""
  },
  {
    "name": "_int",
    "baseName": "int",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "ints",
    "baseName": "ints",
    "type": "Array<number>",
    "format": "int64"
  },
  {
    "name": "string",
    "baseName": "string",
    "type": "string",
    "format": ""
  },
  {
    "name": "strings",
    "baseName": "strings",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "version",
    "baseName": "version",
    "type": "string",
    "format": ""
  },
  {
    "name": "versions",
    "baseName": "versions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceCapacity.js
var V1DeviceCapacity = class _V1DeviceCapacity {
  static getAttributeTypeMap() {
    return _V1DeviceCapacity.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceCapacity.discriminator = void 0;
V1DeviceCapacity.mapping = void 0;
V1DeviceCapacity.attributeTypeMap = [
  {
    "name": "requestPolicy",
    "baseName": "requestPolicy",
    "type": "V1CapacityRequestPolicy",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceClaim.js
var V1DeviceClaim = class _V1DeviceClaim {
  static getAttributeTypeMap() {
    return _V1DeviceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceClaim.discriminator = void 0;
V1DeviceClaim.mapping = void 0;
V1DeviceClaim.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1DeviceClaimConfiguration>",
    "format": ""
  },
  {
    "name": "constraints",
    "baseName": "constraints",
    "type": "Array<V1DeviceConstraint>",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<V1DeviceRequest>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceClaimConfiguration.js
var V1DeviceClaimConfiguration = class _V1DeviceClaimConfiguration {
  static getAttributeTypeMap() {
    return _V1DeviceClaimConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceClaimConfiguration.discriminator = void 0;
V1DeviceClaimConfiguration.mapping = void 0;
V1DeviceClaimConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1OpaqueDeviceConfiguration",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceClass.js
var V1DeviceClass = class _V1DeviceClass {
  static getAttributeTypeMap() {
    return _V1DeviceClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceClass.discriminator = void 0;
V1DeviceClass.mapping = void 0;
V1DeviceClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1DeviceClassSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceClassConfiguration.js
var V1DeviceClassConfiguration = class _V1DeviceClassConfiguration {
  static getAttributeTypeMap() {
    return _V1DeviceClassConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceClassConfiguration.discriminator = void 0;
V1DeviceClassConfiguration.mapping = void 0;
V1DeviceClassConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1OpaqueDeviceConfiguration",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceClassList.js
var V1DeviceClassList = class _V1DeviceClassList {
  static getAttributeTypeMap() {
    return _V1DeviceClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceClassList.discriminator = void 0;
V1DeviceClassList.mapping = void 0;
V1DeviceClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1DeviceClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceClassSpec.js
var V1DeviceClassSpec = class _V1DeviceClassSpec {
  static getAttributeTypeMap() {
    return _V1DeviceClassSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceClassSpec.discriminator = void 0;
V1DeviceClassSpec.mapping = void 0;
V1DeviceClassSpec.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1DeviceClassConfiguration>",
    "format": ""
  },
  {
    "name": "extendedResourceName",
    "baseName": "extendedResourceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1DeviceSelector>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceConstraint.js
var V1DeviceConstraint = class _V1DeviceConstraint {
  static getAttributeTypeMap() {
    return _V1DeviceConstraint.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceConstraint.discriminator = void 0;
V1DeviceConstraint.mapping = void 0;
V1DeviceConstraint.attributeTypeMap = [
  {
    "name": "distinctAttribute",
    "baseName": "distinctAttribute",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchAttribute",
    "baseName": "matchAttribute",
    "type": "string",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceCounterConsumption.js
var V1DeviceCounterConsumption = class _V1DeviceCounterConsumption {
  static getAttributeTypeMap() {
    return _V1DeviceCounterConsumption.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceCounterConsumption.discriminator = void 0;
V1DeviceCounterConsumption.mapping = void 0;
V1DeviceCounterConsumption.attributeTypeMap = [
  {
    "name": "counterSet",
    "baseName": "counterSet",
    "type": "string",
    "format": ""
  },
  {
    "name": "counters",
    "baseName": "counters",
    "type": "{ [key: string]: V1Counter; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceRequest.js
var V1DeviceRequest = class _V1DeviceRequest {
  static getAttributeTypeMap() {
    return _V1DeviceRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceRequest.discriminator = void 0;
V1DeviceRequest.mapping = void 0;
V1DeviceRequest.attributeTypeMap = [
  {
    "name": "exactly",
    "baseName": "exactly",
    "type": "V1ExactDeviceRequest",
    "format": ""
  },
  {
    "name": "firstAvailable",
    "baseName": "firstAvailable",
    "type": "Array<V1DeviceSubRequest>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceRequestAllocationResult.js
var V1DeviceRequestAllocationResult = class _V1DeviceRequestAllocationResult {
  static getAttributeTypeMap() {
    return _V1DeviceRequestAllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceRequestAllocationResult.discriminator = void 0;
V1DeviceRequestAllocationResult.mapping = void 0;
V1DeviceRequestAllocationResult.attributeTypeMap = [
  {
    "name": "adminAccess",
    "baseName": "adminAccess",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "bindingConditions",
    "baseName": "bindingConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindingFailureConditions",
    "baseName": "bindingFailureConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "consumedCapacity",
    "baseName": "consumedCapacity",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "request",
    "baseName": "request",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareID",
    "baseName": "shareID",
    "type": "string",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceSelector.js
var V1DeviceSelector = class _V1DeviceSelector {
  static getAttributeTypeMap() {
    return _V1DeviceSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceSelector.discriminator = void 0;
V1DeviceSelector.mapping = void 0;
V1DeviceSelector.attributeTypeMap = [
  {
    "name": "cel",
    "baseName": "cel",
    "type": "V1CELDeviceSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceSubRequest.js
var V1DeviceSubRequest = class _V1DeviceSubRequest {
  static getAttributeTypeMap() {
    return _V1DeviceSubRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceSubRequest.discriminator = void 0;
V1DeviceSubRequest.mapping = void 0;
V1DeviceSubRequest.attributeTypeMap = [
  {
    "name": "allocationMode",
    "baseName": "allocationMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "V1CapacityRequirements",
    "format": ""
  },
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "deviceClassName",
    "baseName": "deviceClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1DeviceSelector>",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceTaint.js
var V1DeviceTaint = class _V1DeviceTaint {
  static getAttributeTypeMap() {
    return _V1DeviceTaint.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceTaint.discriminator = void 0;
V1DeviceTaint.mapping = void 0;
V1DeviceTaint.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "timeAdded",
    "baseName": "timeAdded",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DeviceToleration.js
var V1DeviceToleration = class _V1DeviceToleration {
  static getAttributeTypeMap() {
    return _V1DeviceToleration.attributeTypeMap;
  }
  constructor() {
  }
};
V1DeviceToleration.discriminator = void 0;
V1DeviceToleration.mapping = void 0;
V1DeviceToleration.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "tolerationSeconds",
    "baseName": "tolerationSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DownwardAPIProjection.js
var V1DownwardAPIProjection = class _V1DownwardAPIProjection {
  static getAttributeTypeMap() {
    return _V1DownwardAPIProjection.attributeTypeMap;
  }
  constructor() {
  }
};
V1DownwardAPIProjection.discriminator = void 0;
V1DownwardAPIProjection.mapping = void 0;
V1DownwardAPIProjection.attributeTypeMap = [
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1DownwardAPIVolumeFile>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DownwardAPIVolumeFile.js
var V1DownwardAPIVolumeFile = class _V1DownwardAPIVolumeFile {
  static getAttributeTypeMap() {
    return _V1DownwardAPIVolumeFile.attributeTypeMap;
  }
  constructor() {
  }
};
V1DownwardAPIVolumeFile.discriminator = void 0;
V1DownwardAPIVolumeFile.mapping = void 0;
V1DownwardAPIVolumeFile.attributeTypeMap = [
  {
    "name": "fieldRef",
    "baseName": "fieldRef",
    "type": "V1ObjectFieldSelector",
    "format": ""
  },
  {
    "name": "mode",
    "baseName": "mode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceFieldRef",
    "baseName": "resourceFieldRef",
    "type": "V1ResourceFieldSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1DownwardAPIVolumeSource.js
var V1DownwardAPIVolumeSource = class _V1DownwardAPIVolumeSource {
  static getAttributeTypeMap() {
    return _V1DownwardAPIVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1DownwardAPIVolumeSource.discriminator = void 0;
V1DownwardAPIVolumeSource.mapping = void 0;
V1DownwardAPIVolumeSource.attributeTypeMap = [
  {
    "name": "defaultMode",
    "baseName": "defaultMode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1DownwardAPIVolumeFile>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EmptyDirVolumeSource.js
var V1EmptyDirVolumeSource = class _V1EmptyDirVolumeSource {
  static getAttributeTypeMap() {
    return _V1EmptyDirVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1EmptyDirVolumeSource.discriminator = void 0;
V1EmptyDirVolumeSource.mapping = void 0;
V1EmptyDirVolumeSource.attributeTypeMap = [
  {
    "name": "medium",
    "baseName": "medium",
    "type": "string",
    "format": ""
  },
  {
    "name": "sizeLimit",
    "baseName": "sizeLimit",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Endpoint.js
var V1Endpoint = class _V1Endpoint {
  static getAttributeTypeMap() {
    return _V1Endpoint.attributeTypeMap;
  }
  constructor() {
  }
};
V1Endpoint.discriminator = void 0;
V1Endpoint.mapping = void 0;
V1Endpoint.attributeTypeMap = [
  {
    "name": "addresses",
    "baseName": "addresses",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "V1EndpointConditions",
    "format": ""
  },
  {
    "name": "deprecatedTopology",
    "baseName": "deprecatedTopology",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "hints",
    "baseName": "hints",
    "type": "V1EndpointHints",
    "format": ""
  },
  {
    "name": "hostname",
    "baseName": "hostname",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "targetRef",
    "baseName": "targetRef",
    "type": "V1ObjectReference",
    "format": ""
  },
  {
    "name": "zone",
    "baseName": "zone",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EndpointAddress.js
var V1EndpointAddress = class _V1EndpointAddress {
  static getAttributeTypeMap() {
    return _V1EndpointAddress.attributeTypeMap;
  }
  constructor() {
  }
};
V1EndpointAddress.discriminator = void 0;
V1EndpointAddress.mapping = void 0;
V1EndpointAddress.attributeTypeMap = [
  {
    "name": "hostname",
    "baseName": "hostname",
    "type": "string",
    "format": ""
  },
  {
    "name": "ip",
    "baseName": "ip",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "targetRef",
    "baseName": "targetRef",
    "type": "V1ObjectReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EndpointConditions.js
var V1EndpointConditions = class _V1EndpointConditions {
  static getAttributeTypeMap() {
    return _V1EndpointConditions.attributeTypeMap;
  }
  constructor() {
  }
};
V1EndpointConditions.discriminator = void 0;
V1EndpointConditions.mapping = void 0;
V1EndpointConditions.attributeTypeMap = [
  {
    "name": "ready",
    "baseName": "ready",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "serving",
    "baseName": "serving",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "terminating",
    "baseName": "terminating",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EndpointHints.js
var V1EndpointHints = class _V1EndpointHints {
  static getAttributeTypeMap() {
    return _V1EndpointHints.attributeTypeMap;
  }
  constructor() {
  }
};
V1EndpointHints.discriminator = void 0;
V1EndpointHints.mapping = void 0;
V1EndpointHints.attributeTypeMap = [
  {
    "name": "forNodes",
    "baseName": "forNodes",
    "type": "Array<V1ForNode>",
    "format": ""
  },
  {
    "name": "forZones",
    "baseName": "forZones",
    "type": "Array<V1ForZone>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EndpointSlice.js
var V1EndpointSlice = class _V1EndpointSlice {
  static getAttributeTypeMap() {
    return _V1EndpointSlice.attributeTypeMap;
  }
  constructor() {
  }
};
V1EndpointSlice.discriminator = void 0;
V1EndpointSlice.mapping = void 0;
V1EndpointSlice.attributeTypeMap = [
  {
    "name": "addressType",
    "baseName": "addressType",
    "type": "string",
    "format": ""
  },
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "endpoints",
    "baseName": "endpoints",
    "type": "Array<V1Endpoint>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<DiscoveryV1EndpointPort>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EndpointSliceList.js
var V1EndpointSliceList = class _V1EndpointSliceList {
  static getAttributeTypeMap() {
    return _V1EndpointSliceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1EndpointSliceList.discriminator = void 0;
V1EndpointSliceList.mapping = void 0;
V1EndpointSliceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1EndpointSlice>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EndpointSubset.js
var V1EndpointSubset = class _V1EndpointSubset {
  static getAttributeTypeMap() {
    return _V1EndpointSubset.attributeTypeMap;
  }
  constructor() {
  }
};
V1EndpointSubset.discriminator = void 0;
V1EndpointSubset.mapping = void 0;
V1EndpointSubset.attributeTypeMap = [
  {
    "name": "addresses",
    "baseName": "addresses",
    "type": "Array<V1EndpointAddress>",
    "format": ""
  },
  {
    "name": "notReadyAddresses",
    "baseName": "notReadyAddresses",
    "type": "Array<V1EndpointAddress>",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<CoreV1EndpointPort>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Endpoints.js
var V1Endpoints = class _V1Endpoints {
  static getAttributeTypeMap() {
    return _V1Endpoints.attributeTypeMap;
  }
  constructor() {
  }
};
V1Endpoints.discriminator = void 0;
V1Endpoints.mapping = void 0;
V1Endpoints.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "subsets",
    "baseName": "subsets",
    "type": "Array<V1EndpointSubset>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EndpointsList.js
var V1EndpointsList = class _V1EndpointsList {
  static getAttributeTypeMap() {
    return _V1EndpointsList.attributeTypeMap;
  }
  constructor() {
  }
};
V1EndpointsList.discriminator = void 0;
V1EndpointsList.mapping = void 0;
V1EndpointsList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Endpoints>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EnvFromSource.js
var V1EnvFromSource = class _V1EnvFromSource {
  static getAttributeTypeMap() {
    return _V1EnvFromSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1EnvFromSource.discriminator = void 0;
V1EnvFromSource.mapping = void 0;
V1EnvFromSource.attributeTypeMap = [
  {
    "name": "configMapRef",
    "baseName": "configMapRef",
    "type": "V1ConfigMapEnvSource",
    "format": ""
  },
  {
    "name": "prefix",
    "baseName": "prefix",
    "type": "string",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1SecretEnvSource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EnvVar.js
var V1EnvVar = class _V1EnvVar {
  static getAttributeTypeMap() {
    return _V1EnvVar.attributeTypeMap;
  }
  constructor() {
  }
};
V1EnvVar.discriminator = void 0;
V1EnvVar.mapping = void 0;
V1EnvVar.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  },
  {
    "name": "valueFrom",
    "baseName": "valueFrom",
    "type": "V1EnvVarSource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EnvVarSource.js
var V1EnvVarSource = class _V1EnvVarSource {
  static getAttributeTypeMap() {
    return _V1EnvVarSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1EnvVarSource.discriminator = void 0;
V1EnvVarSource.mapping = void 0;
V1EnvVarSource.attributeTypeMap = [
  {
    "name": "configMapKeyRef",
    "baseName": "configMapKeyRef",
    "type": "V1ConfigMapKeySelector",
    "format": ""
  },
  {
    "name": "fieldRef",
    "baseName": "fieldRef",
    "type": "V1ObjectFieldSelector",
    "format": ""
  },
  {
    "name": "fileKeyRef",
    "baseName": "fileKeyRef",
    "type": "V1FileKeySelector",
    "format": ""
  },
  {
    "name": "resourceFieldRef",
    "baseName": "resourceFieldRef",
    "type": "V1ResourceFieldSelector",
    "format": ""
  },
  {
    "name": "secretKeyRef",
    "baseName": "secretKeyRef",
    "type": "V1SecretKeySelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EphemeralContainer.js
var V1EphemeralContainer = class _V1EphemeralContainer {
  static getAttributeTypeMap() {
    return _V1EphemeralContainer.attributeTypeMap;
  }
  constructor() {
  }
};
V1EphemeralContainer.discriminator = void 0;
V1EphemeralContainer.mapping = void 0;
V1EphemeralContainer.attributeTypeMap = [
  {
    "name": "args",
    "baseName": "args",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "command",
    "baseName": "command",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "env",
    "baseName": "env",
    "type": "Array<V1EnvVar>",
    "format": ""
  },
  {
    "name": "envFrom",
    "baseName": "envFrom",
    "type": "Array<V1EnvFromSource>",
    "format": ""
  },
  {
    "name": "image",
    "baseName": "image",
    "type": "string",
    "format": ""
  },
  {
    "name": "imagePullPolicy",
    "baseName": "imagePullPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "lifecycle",
    "baseName": "lifecycle",
    "type": "V1Lifecycle",
    "format": ""
  },
  {
    "name": "livenessProbe",
    "baseName": "livenessProbe",
    "type": "V1Probe",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<V1ContainerPort>",
    "format": ""
  },
  {
    "name": "readinessProbe",
    "baseName": "readinessProbe",
    "type": "V1Probe",
    "format": ""
  },
  {
    "name": "resizePolicy",
    "baseName": "resizePolicy",
    "type": "Array<V1ContainerResizePolicy>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "V1ResourceRequirements",
    "format": ""
  },
  {
    "name": "restartPolicy",
    "baseName": "restartPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "restartPolicyRules",
    "baseName": "restartPolicyRules",
    "type": "Array<V1ContainerRestartRule>",
    "format": ""
  },
  {
    "name": "securityContext",
    "baseName": "securityContext",
    "type": "V1SecurityContext",
    "format": ""
  },
  {
    "name": "startupProbe",
    "baseName": "startupProbe",
    "type": "V1Probe",
    "format": ""
  },
  {
    "name": "stdin",
    "baseName": "stdin",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "stdinOnce",
    "baseName": "stdinOnce",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "targetContainerName",
    "baseName": "targetContainerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "terminationMessagePath",
    "baseName": "terminationMessagePath",
    "type": "string",
    "format": ""
  },
  {
    "name": "terminationMessagePolicy",
    "baseName": "terminationMessagePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "tty",
    "baseName": "tty",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "volumeDevices",
    "baseName": "volumeDevices",
    "type": "Array<V1VolumeDevice>",
    "format": ""
  },
  {
    "name": "volumeMounts",
    "baseName": "volumeMounts",
    "type": "Array<V1VolumeMount>",
    "format": ""
  },
  {
    "name": "workingDir",
    "baseName": "workingDir",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EphemeralVolumeSource.js
var V1EphemeralVolumeSource = class _V1EphemeralVolumeSource {
  static getAttributeTypeMap() {
    return _V1EphemeralVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1EphemeralVolumeSource.discriminator = void 0;
V1EphemeralVolumeSource.mapping = void 0;
V1EphemeralVolumeSource.attributeTypeMap = [
  {
    "name": "volumeClaimTemplate",
    "baseName": "volumeClaimTemplate",
    "type": "V1PersistentVolumeClaimTemplate",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1EventSource.js
var V1EventSource = class _V1EventSource {
  static getAttributeTypeMap() {
    return _V1EventSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1EventSource.discriminator = void 0;
V1EventSource.mapping = void 0;
V1EventSource.attributeTypeMap = [
  {
    "name": "component",
    "baseName": "component",
    "type": "string",
    "format": ""
  },
  {
    "name": "host",
    "baseName": "host",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Eviction.js
var V1Eviction = class _V1Eviction {
  static getAttributeTypeMap() {
    return _V1Eviction.attributeTypeMap;
  }
  constructor() {
  }
};
V1Eviction.discriminator = void 0;
V1Eviction.mapping = void 0;
V1Eviction.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "deleteOptions",
    "baseName": "deleteOptions",
    "type": "V1DeleteOptions",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ExactDeviceRequest.js
var V1ExactDeviceRequest = class _V1ExactDeviceRequest {
  static getAttributeTypeMap() {
    return _V1ExactDeviceRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1ExactDeviceRequest.discriminator = void 0;
V1ExactDeviceRequest.mapping = void 0;
V1ExactDeviceRequest.attributeTypeMap = [
  {
    "name": "adminAccess",
    "baseName": "adminAccess",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "allocationMode",
    "baseName": "allocationMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "V1CapacityRequirements",
    "format": ""
  },
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "deviceClassName",
    "baseName": "deviceClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1DeviceSelector>",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ExecAction.js
var V1ExecAction = class _V1ExecAction {
  static getAttributeTypeMap() {
    return _V1ExecAction.attributeTypeMap;
  }
  constructor() {
  }
};
V1ExecAction.discriminator = void 0;
V1ExecAction.mapping = void 0;
V1ExecAction.attributeTypeMap = [
  {
    "name": "command",
    "baseName": "command",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ExemptPriorityLevelConfiguration.js
var V1ExemptPriorityLevelConfiguration = class _V1ExemptPriorityLevelConfiguration {
  static getAttributeTypeMap() {
    return _V1ExemptPriorityLevelConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1ExemptPriorityLevelConfiguration.discriminator = void 0;
V1ExemptPriorityLevelConfiguration.mapping = void 0;
V1ExemptPriorityLevelConfiguration.attributeTypeMap = [
  {
    "name": "lendablePercent",
    "baseName": "lendablePercent",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "nominalConcurrencyShares",
    "baseName": "nominalConcurrencyShares",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ExpressionWarning.js
var V1ExpressionWarning = class _V1ExpressionWarning {
  static getAttributeTypeMap() {
    return _V1ExpressionWarning.attributeTypeMap;
  }
  constructor() {
  }
};
V1ExpressionWarning.discriminator = void 0;
V1ExpressionWarning.mapping = void 0;
V1ExpressionWarning.attributeTypeMap = [
  {
    "name": "fieldRef",
    "baseName": "fieldRef",
    "type": "string",
    "format": ""
  },
  {
    "name": "warning",
    "baseName": "warning",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ExternalDocumentation.js
var V1ExternalDocumentation = class _V1ExternalDocumentation {
  static getAttributeTypeMap() {
    return _V1ExternalDocumentation.attributeTypeMap;
  }
  constructor() {
  }
};
V1ExternalDocumentation.discriminator = void 0;
V1ExternalDocumentation.mapping = void 0;
V1ExternalDocumentation.attributeTypeMap = [
  {
    "name": "description",
    "baseName": "description",
    "type": "string",
    "format": ""
  },
  {
    "name": "url",
    "baseName": "url",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FCVolumeSource.js
var V1FCVolumeSource = class _V1FCVolumeSource {
  static getAttributeTypeMap() {
    return _V1FCVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1FCVolumeSource.discriminator = void 0;
V1FCVolumeSource.mapping = void 0;
V1FCVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "lun",
    "baseName": "lun",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "targetWWNs",
    "baseName": "targetWWNs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "wwids",
    "baseName": "wwids",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FieldSelectorAttributes.js
var V1FieldSelectorAttributes = class _V1FieldSelectorAttributes {
  static getAttributeTypeMap() {
    return _V1FieldSelectorAttributes.attributeTypeMap;
  }
  constructor() {
  }
};
V1FieldSelectorAttributes.discriminator = void 0;
V1FieldSelectorAttributes.mapping = void 0;
V1FieldSelectorAttributes.attributeTypeMap = [
  {
    "name": "rawSelector",
    "baseName": "rawSelector",
    "type": "string",
    "format": ""
  },
  {
    "name": "requirements",
    "baseName": "requirements",
    "type": "Array<V1FieldSelectorRequirement>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FieldSelectorRequirement.js
var V1FieldSelectorRequirement = class _V1FieldSelectorRequirement {
  static getAttributeTypeMap() {
    return _V1FieldSelectorRequirement.attributeTypeMap;
  }
  constructor() {
  }
};
V1FieldSelectorRequirement.discriminator = void 0;
V1FieldSelectorRequirement.mapping = void 0;
V1FieldSelectorRequirement.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "values",
    "baseName": "values",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FileKeySelector.js
var V1FileKeySelector = class _V1FileKeySelector {
  static getAttributeTypeMap() {
    return _V1FileKeySelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1FileKeySelector.discriminator = void 0;
V1FileKeySelector.mapping = void 0;
V1FileKeySelector.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeName",
    "baseName": "volumeName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlexPersistentVolumeSource.js
var V1FlexPersistentVolumeSource = class _V1FlexPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1FlexPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlexPersistentVolumeSource.discriminator = void 0;
V1FlexPersistentVolumeSource.mapping = void 0;
V1FlexPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "options",
    "baseName": "options",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1SecretReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlexVolumeSource.js
var V1FlexVolumeSource = class _V1FlexVolumeSource {
  static getAttributeTypeMap() {
    return _V1FlexVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlexVolumeSource.discriminator = void 0;
V1FlexVolumeSource.mapping = void 0;
V1FlexVolumeSource.attributeTypeMap = [
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "options",
    "baseName": "options",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlockerVolumeSource.js
var V1FlockerVolumeSource = class _V1FlockerVolumeSource {
  static getAttributeTypeMap() {
    return _V1FlockerVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlockerVolumeSource.discriminator = void 0;
V1FlockerVolumeSource.mapping = void 0;
V1FlockerVolumeSource.attributeTypeMap = [
  {
    "name": "datasetName",
    "baseName": "datasetName",
    "type": "string",
    "format": ""
  },
  {
    "name": "datasetUUID",
    "baseName": "datasetUUID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlowDistinguisherMethod.js
var V1FlowDistinguisherMethod = class _V1FlowDistinguisherMethod {
  static getAttributeTypeMap() {
    return _V1FlowDistinguisherMethod.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlowDistinguisherMethod.discriminator = void 0;
V1FlowDistinguisherMethod.mapping = void 0;
V1FlowDistinguisherMethod.attributeTypeMap = [
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlowSchema.js
var V1FlowSchema = class _V1FlowSchema {
  static getAttributeTypeMap() {
    return _V1FlowSchema.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlowSchema.discriminator = void 0;
V1FlowSchema.mapping = void 0;
V1FlowSchema.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1FlowSchemaSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1FlowSchemaStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlowSchemaCondition.js
var V1FlowSchemaCondition = class _V1FlowSchemaCondition {
  static getAttributeTypeMap() {
    return _V1FlowSchemaCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlowSchemaCondition.discriminator = void 0;
V1FlowSchemaCondition.mapping = void 0;
V1FlowSchemaCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlowSchemaList.js
var V1FlowSchemaList = class _V1FlowSchemaList {
  static getAttributeTypeMap() {
    return _V1FlowSchemaList.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlowSchemaList.discriminator = void 0;
V1FlowSchemaList.mapping = void 0;
V1FlowSchemaList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1FlowSchema>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlowSchemaSpec.js
var V1FlowSchemaSpec = class _V1FlowSchemaSpec {
  static getAttributeTypeMap() {
    return _V1FlowSchemaSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlowSchemaSpec.discriminator = void 0;
V1FlowSchemaSpec.mapping = void 0;
V1FlowSchemaSpec.attributeTypeMap = [
  {
    "name": "distinguisherMethod",
    "baseName": "distinguisherMethod",
    "type": "V1FlowDistinguisherMethod",
    "format": ""
  },
  {
    "name": "matchingPrecedence",
    "baseName": "matchingPrecedence",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "priorityLevelConfiguration",
    "baseName": "priorityLevelConfiguration",
    "type": "V1PriorityLevelConfigurationReference",
    "format": ""
  },
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1PolicyRulesWithSubjects>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1FlowSchemaStatus.js
var V1FlowSchemaStatus = class _V1FlowSchemaStatus {
  static getAttributeTypeMap() {
    return _V1FlowSchemaStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1FlowSchemaStatus.discriminator = void 0;
V1FlowSchemaStatus.mapping = void 0;
V1FlowSchemaStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1FlowSchemaCondition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ForNode.js
var V1ForNode = class _V1ForNode {
  static getAttributeTypeMap() {
    return _V1ForNode.attributeTypeMap;
  }
  constructor() {
  }
};
V1ForNode.discriminator = void 0;
V1ForNode.mapping = void 0;
V1ForNode.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ForZone.js
var V1ForZone = class _V1ForZone {
  static getAttributeTypeMap() {
    return _V1ForZone.attributeTypeMap;
  }
  constructor() {
  }
};
V1ForZone.discriminator = void 0;
V1ForZone.mapping = void 0;
V1ForZone.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GCEPersistentDiskVolumeSource.js
var V1GCEPersistentDiskVolumeSource = class _V1GCEPersistentDiskVolumeSource {
  static getAttributeTypeMap() {
    return _V1GCEPersistentDiskVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1GCEPersistentDiskVolumeSource.discriminator = void 0;
V1GCEPersistentDiskVolumeSource.mapping = void 0;
V1GCEPersistentDiskVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "partition",
    "baseName": "partition",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "pdName",
    "baseName": "pdName",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GRPCAction.js
var V1GRPCAction = class _V1GRPCAction {
  static getAttributeTypeMap() {
    return _V1GRPCAction.attributeTypeMap;
  }
  constructor() {
  }
};
V1GRPCAction.discriminator = void 0;
V1GRPCAction.mapping = void 0;
V1GRPCAction.attributeTypeMap = [
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "service",
    "baseName": "service",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GitRepoVolumeSource.js
var V1GitRepoVolumeSource = class _V1GitRepoVolumeSource {
  static getAttributeTypeMap() {
    return _V1GitRepoVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1GitRepoVolumeSource.discriminator = void 0;
V1GitRepoVolumeSource.mapping = void 0;
V1GitRepoVolumeSource.attributeTypeMap = [
  {
    "name": "directory",
    "baseName": "directory",
    "type": "string",
    "format": ""
  },
  {
    "name": "repository",
    "baseName": "repository",
    "type": "string",
    "format": ""
  },
  {
    "name": "revision",
    "baseName": "revision",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GlusterfsPersistentVolumeSource.js
var V1GlusterfsPersistentVolumeSource = class _V1GlusterfsPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1GlusterfsPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1GlusterfsPersistentVolumeSource.discriminator = void 0;
V1GlusterfsPersistentVolumeSource.mapping = void 0;
V1GlusterfsPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "endpoints",
    "baseName": "endpoints",
    "type": "string",
    "format": ""
  },
  {
    "name": "endpointsNamespace",
    "baseName": "endpointsNamespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GlusterfsVolumeSource.js
var V1GlusterfsVolumeSource = class _V1GlusterfsVolumeSource {
  static getAttributeTypeMap() {
    return _V1GlusterfsVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1GlusterfsVolumeSource.discriminator = void 0;
V1GlusterfsVolumeSource.mapping = void 0;
V1GlusterfsVolumeSource.attributeTypeMap = [
  {
    "name": "endpoints",
    "baseName": "endpoints",
    "type": "string",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GroupResource.js
var V1GroupResource = class _V1GroupResource {
  static getAttributeTypeMap() {
    return _V1GroupResource.attributeTypeMap;
  }
  constructor() {
  }
};
V1GroupResource.discriminator = void 0;
V1GroupResource.mapping = void 0;
V1GroupResource.attributeTypeMap = [
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GroupSubject.js
var V1GroupSubject = class _V1GroupSubject {
  static getAttributeTypeMap() {
    return _V1GroupSubject.attributeTypeMap;
  }
  constructor() {
  }
};
V1GroupSubject.discriminator = void 0;
V1GroupSubject.mapping = void 0;
V1GroupSubject.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1GroupVersionForDiscovery.js
var V1GroupVersionForDiscovery = class _V1GroupVersionForDiscovery {
  static getAttributeTypeMap() {
    return _V1GroupVersionForDiscovery.attributeTypeMap;
  }
  constructor() {
  }
};
V1GroupVersionForDiscovery.discriminator = void 0;
V1GroupVersionForDiscovery.mapping = void 0;
V1GroupVersionForDiscovery.attributeTypeMap = [
  {
    "name": "groupVersion",
    "baseName": "groupVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "version",
    "baseName": "version",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HTTPGetAction.js
var V1HTTPGetAction = class _V1HTTPGetAction {
  static getAttributeTypeMap() {
    return _V1HTTPGetAction.attributeTypeMap;
  }
  constructor() {
  }
};
V1HTTPGetAction.discriminator = void 0;
V1HTTPGetAction.mapping = void 0;
V1HTTPGetAction.attributeTypeMap = [
  {
    "name": "host",
    "baseName": "host",
    "type": "string",
    "format": ""
  },
  {
    "name": "httpHeaders",
    "baseName": "httpHeaders",
    "type": "Array<V1HTTPHeader>",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "IntOrString",
    "format": "int-or-string"
  },
  {
    "name": "scheme",
    "baseName": "scheme",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HTTPHeader.js
var V1HTTPHeader = class _V1HTTPHeader {
  static getAttributeTypeMap() {
    return _V1HTTPHeader.attributeTypeMap;
  }
  constructor() {
  }
};
V1HTTPHeader.discriminator = void 0;
V1HTTPHeader.mapping = void 0;
V1HTTPHeader.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HTTPIngressPath.js
var V1HTTPIngressPath = class _V1HTTPIngressPath {
  static getAttributeTypeMap() {
    return _V1HTTPIngressPath.attributeTypeMap;
  }
  constructor() {
  }
};
V1HTTPIngressPath.discriminator = void 0;
V1HTTPIngressPath.mapping = void 0;
V1HTTPIngressPath.attributeTypeMap = [
  {
    "name": "backend",
    "baseName": "backend",
    "type": "V1IngressBackend",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "pathType",
    "baseName": "pathType",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HTTPIngressRuleValue.js
var V1HTTPIngressRuleValue = class _V1HTTPIngressRuleValue {
  static getAttributeTypeMap() {
    return _V1HTTPIngressRuleValue.attributeTypeMap;
  }
  constructor() {
  }
};
V1HTTPIngressRuleValue.discriminator = void 0;
V1HTTPIngressRuleValue.mapping = void 0;
V1HTTPIngressRuleValue.attributeTypeMap = [
  {
    "name": "paths",
    "baseName": "paths",
    "type": "Array<V1HTTPIngressPath>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HorizontalPodAutoscaler.js
var V1HorizontalPodAutoscaler = class _V1HorizontalPodAutoscaler {
  static getAttributeTypeMap() {
    return _V1HorizontalPodAutoscaler.attributeTypeMap;
  }
  constructor() {
  }
};
V1HorizontalPodAutoscaler.discriminator = void 0;
V1HorizontalPodAutoscaler.mapping = void 0;
V1HorizontalPodAutoscaler.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1HorizontalPodAutoscalerSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1HorizontalPodAutoscalerStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HorizontalPodAutoscalerList.js
var V1HorizontalPodAutoscalerList = class _V1HorizontalPodAutoscalerList {
  static getAttributeTypeMap() {
    return _V1HorizontalPodAutoscalerList.attributeTypeMap;
  }
  constructor() {
  }
};
V1HorizontalPodAutoscalerList.discriminator = void 0;
V1HorizontalPodAutoscalerList.mapping = void 0;
V1HorizontalPodAutoscalerList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1HorizontalPodAutoscaler>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HorizontalPodAutoscalerSpec.js
var V1HorizontalPodAutoscalerSpec = class _V1HorizontalPodAutoscalerSpec {
  static getAttributeTypeMap() {
    return _V1HorizontalPodAutoscalerSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1HorizontalPodAutoscalerSpec.discriminator = void 0;
V1HorizontalPodAutoscalerSpec.mapping = void 0;
V1HorizontalPodAutoscalerSpec.attributeTypeMap = [
  {
    "name": "maxReplicas",
    "baseName": "maxReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "minReplicas",
    "baseName": "minReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "scaleTargetRef",
    "baseName": "scaleTargetRef",
    "type": "V1CrossVersionObjectReference",
    "format": ""
  },
  {
    "name": "targetCPUUtilizationPercentage",
    "baseName": "targetCPUUtilizationPercentage",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HorizontalPodAutoscalerStatus.js
var V1HorizontalPodAutoscalerStatus = class _V1HorizontalPodAutoscalerStatus {
  static getAttributeTypeMap() {
    return _V1HorizontalPodAutoscalerStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1HorizontalPodAutoscalerStatus.discriminator = void 0;
V1HorizontalPodAutoscalerStatus.mapping = void 0;
V1HorizontalPodAutoscalerStatus.attributeTypeMap = [
  {
    "name": "currentCPUUtilizationPercentage",
    "baseName": "currentCPUUtilizationPercentage",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "currentReplicas",
    "baseName": "currentReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "desiredReplicas",
    "baseName": "desiredReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "lastScaleTime",
    "baseName": "lastScaleTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HostAlias.js
var V1HostAlias = class _V1HostAlias {
  static getAttributeTypeMap() {
    return _V1HostAlias.attributeTypeMap;
  }
  constructor() {
  }
};
V1HostAlias.discriminator = void 0;
V1HostAlias.mapping = void 0;
V1HostAlias.attributeTypeMap = [
  {
    "name": "hostnames",
    "baseName": "hostnames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "ip",
    "baseName": "ip",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HostIP.js
var V1HostIP = class _V1HostIP {
  static getAttributeTypeMap() {
    return _V1HostIP.attributeTypeMap;
  }
  constructor() {
  }
};
V1HostIP.discriminator = void 0;
V1HostIP.mapping = void 0;
V1HostIP.attributeTypeMap = [
  {
    "name": "ip",
    "baseName": "ip",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1HostPathVolumeSource.js
var V1HostPathVolumeSource = class _V1HostPathVolumeSource {
  static getAttributeTypeMap() {
    return _V1HostPathVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1HostPathVolumeSource.discriminator = void 0;
V1HostPathVolumeSource.mapping = void 0;
V1HostPathVolumeSource.attributeTypeMap = [
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IPAddress.js
var V1IPAddress = class _V1IPAddress {
  static getAttributeTypeMap() {
    return _V1IPAddress.attributeTypeMap;
  }
  constructor() {
  }
};
V1IPAddress.discriminator = void 0;
V1IPAddress.mapping = void 0;
V1IPAddress.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1IPAddressSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IPAddressList.js
var V1IPAddressList = class _V1IPAddressList {
  static getAttributeTypeMap() {
    return _V1IPAddressList.attributeTypeMap;
  }
  constructor() {
  }
};
V1IPAddressList.discriminator = void 0;
V1IPAddressList.mapping = void 0;
V1IPAddressList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1IPAddress>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IPAddressSpec.js
var V1IPAddressSpec = class _V1IPAddressSpec {
  static getAttributeTypeMap() {
    return _V1IPAddressSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1IPAddressSpec.discriminator = void 0;
V1IPAddressSpec.mapping = void 0;
V1IPAddressSpec.attributeTypeMap = [
  {
    "name": "parentRef",
    "baseName": "parentRef",
    "type": "V1ParentReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IPBlock.js
var V1IPBlock = class _V1IPBlock {
  static getAttributeTypeMap() {
    return _V1IPBlock.attributeTypeMap;
  }
  constructor() {
  }
};
V1IPBlock.discriminator = void 0;
V1IPBlock.mapping = void 0;
V1IPBlock.attributeTypeMap = [
  {
    "name": "cidr",
    "baseName": "cidr",
    "type": "string",
    "format": ""
  },
  {
    "name": "except",
    "baseName": "except",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ISCSIPersistentVolumeSource.js
var V1ISCSIPersistentVolumeSource = class _V1ISCSIPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1ISCSIPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ISCSIPersistentVolumeSource.discriminator = void 0;
V1ISCSIPersistentVolumeSource.mapping = void 0;
V1ISCSIPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "chapAuthDiscovery",
    "baseName": "chapAuthDiscovery",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "chapAuthSession",
    "baseName": "chapAuthSession",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "initiatorName",
    "baseName": "initiatorName",
    "type": "string",
    "format": ""
  },
  {
    "name": "iqn",
    "baseName": "iqn",
    "type": "string",
    "format": ""
  },
  {
    "name": "iscsiInterface",
    "baseName": "iscsiInterface",
    "type": "string",
    "format": ""
  },
  {
    "name": "lun",
    "baseName": "lun",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "portals",
    "baseName": "portals",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "targetPortal",
    "baseName": "targetPortal",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ISCSIVolumeSource.js
var V1ISCSIVolumeSource = class _V1ISCSIVolumeSource {
  static getAttributeTypeMap() {
    return _V1ISCSIVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ISCSIVolumeSource.discriminator = void 0;
V1ISCSIVolumeSource.mapping = void 0;
V1ISCSIVolumeSource.attributeTypeMap = [
  {
    "name": "chapAuthDiscovery",
    "baseName": "chapAuthDiscovery",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "chapAuthSession",
    "baseName": "chapAuthSession",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "initiatorName",
    "baseName": "initiatorName",
    "type": "string",
    "format": ""
  },
  {
    "name": "iqn",
    "baseName": "iqn",
    "type": "string",
    "format": ""
  },
  {
    "name": "iscsiInterface",
    "baseName": "iscsiInterface",
    "type": "string",
    "format": ""
  },
  {
    "name": "lun",
    "baseName": "lun",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "portals",
    "baseName": "portals",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  },
  {
    "name": "targetPortal",
    "baseName": "targetPortal",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ImageVolumeSource.js
var V1ImageVolumeSource = class _V1ImageVolumeSource {
  static getAttributeTypeMap() {
    return _V1ImageVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ImageVolumeSource.discriminator = void 0;
V1ImageVolumeSource.mapping = void 0;
V1ImageVolumeSource.attributeTypeMap = [
  {
    "name": "pullPolicy",
    "baseName": "pullPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "reference",
    "baseName": "reference",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ImageVolumeStatus.js
var V1ImageVolumeStatus = class _V1ImageVolumeStatus {
  static getAttributeTypeMap() {
    return _V1ImageVolumeStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ImageVolumeStatus.discriminator = void 0;
V1ImageVolumeStatus.mapping = void 0;
V1ImageVolumeStatus.attributeTypeMap = [
  {
    "name": "imageRef",
    "baseName": "imageRef",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Ingress.js
var V1Ingress = class _V1Ingress {
  static getAttributeTypeMap() {
    return _V1Ingress.attributeTypeMap;
  }
  constructor() {
  }
};
V1Ingress.discriminator = void 0;
V1Ingress.mapping = void 0;
V1Ingress.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1IngressSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1IngressStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressBackend.js
var V1IngressBackend = class _V1IngressBackend {
  static getAttributeTypeMap() {
    return _V1IngressBackend.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressBackend.discriminator = void 0;
V1IngressBackend.mapping = void 0;
V1IngressBackend.attributeTypeMap = [
  {
    "name": "resource",
    "baseName": "resource",
    "type": "V1TypedLocalObjectReference",
    "format": ""
  },
  {
    "name": "service",
    "baseName": "service",
    "type": "V1IngressServiceBackend",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressClass.js
var V1IngressClass = class _V1IngressClass {
  static getAttributeTypeMap() {
    return _V1IngressClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressClass.discriminator = void 0;
V1IngressClass.mapping = void 0;
V1IngressClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1IngressClassSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressClassList.js
var V1IngressClassList = class _V1IngressClassList {
  static getAttributeTypeMap() {
    return _V1IngressClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressClassList.discriminator = void 0;
V1IngressClassList.mapping = void 0;
V1IngressClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1IngressClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressClassParametersReference.js
var V1IngressClassParametersReference = class _V1IngressClassParametersReference {
  static getAttributeTypeMap() {
    return _V1IngressClassParametersReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressClassParametersReference.discriminator = void 0;
V1IngressClassParametersReference.mapping = void 0;
V1IngressClassParametersReference.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "scope",
    "baseName": "scope",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressClassSpec.js
var V1IngressClassSpec = class _V1IngressClassSpec {
  static getAttributeTypeMap() {
    return _V1IngressClassSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressClassSpec.discriminator = void 0;
V1IngressClassSpec.mapping = void 0;
V1IngressClassSpec.attributeTypeMap = [
  {
    "name": "controller",
    "baseName": "controller",
    "type": "string",
    "format": ""
  },
  {
    "name": "parameters",
    "baseName": "parameters",
    "type": "V1IngressClassParametersReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressList.js
var V1IngressList = class _V1IngressList {
  static getAttributeTypeMap() {
    return _V1IngressList.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressList.discriminator = void 0;
V1IngressList.mapping = void 0;
V1IngressList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Ingress>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressLoadBalancerIngress.js
var V1IngressLoadBalancerIngress = class _V1IngressLoadBalancerIngress {
  static getAttributeTypeMap() {
    return _V1IngressLoadBalancerIngress.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressLoadBalancerIngress.discriminator = void 0;
V1IngressLoadBalancerIngress.mapping = void 0;
V1IngressLoadBalancerIngress.attributeTypeMap = [
  {
    "name": "hostname",
    "baseName": "hostname",
    "type": "string",
    "format": ""
  },
  {
    "name": "ip",
    "baseName": "ip",
    "type": "string",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<V1IngressPortStatus>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressLoadBalancerStatus.js
var V1IngressLoadBalancerStatus = class _V1IngressLoadBalancerStatus {
  static getAttributeTypeMap() {
    return _V1IngressLoadBalancerStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressLoadBalancerStatus.discriminator = void 0;
V1IngressLoadBalancerStatus.mapping = void 0;
V1IngressLoadBalancerStatus.attributeTypeMap = [
  {
    "name": "ingress",
    "baseName": "ingress",
    "type": "Array<V1IngressLoadBalancerIngress>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressPortStatus.js
var V1IngressPortStatus = class _V1IngressPortStatus {
  static getAttributeTypeMap() {
    return _V1IngressPortStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressPortStatus.discriminator = void 0;
V1IngressPortStatus.mapping = void 0;
V1IngressPortStatus.attributeTypeMap = [
  {
    "name": "error",
    "baseName": "error",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "protocol",
    "baseName": "protocol",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressRule.js
var V1IngressRule = class _V1IngressRule {
  static getAttributeTypeMap() {
    return _V1IngressRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressRule.discriminator = void 0;
V1IngressRule.mapping = void 0;
V1IngressRule.attributeTypeMap = [
  {
    "name": "host",
    "baseName": "host",
    "type": "string",
    "format": ""
  },
  {
    "name": "http",
    "baseName": "http",
    "type": "V1HTTPIngressRuleValue",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressServiceBackend.js
var V1IngressServiceBackend = class _V1IngressServiceBackend {
  static getAttributeTypeMap() {
    return _V1IngressServiceBackend.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressServiceBackend.discriminator = void 0;
V1IngressServiceBackend.mapping = void 0;
V1IngressServiceBackend.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "V1ServiceBackendPort",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressSpec.js
var V1IngressSpec = class _V1IngressSpec {
  static getAttributeTypeMap() {
    return _V1IngressSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressSpec.discriminator = void 0;
V1IngressSpec.mapping = void 0;
V1IngressSpec.attributeTypeMap = [
  {
    "name": "defaultBackend",
    "baseName": "defaultBackend",
    "type": "V1IngressBackend",
    "format": ""
  },
  {
    "name": "ingressClassName",
    "baseName": "ingressClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1IngressRule>",
    "format": ""
  },
  {
    "name": "tls",
    "baseName": "tls",
    "type": "Array<V1IngressTLS>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressStatus.js
var V1IngressStatus = class _V1IngressStatus {
  static getAttributeTypeMap() {
    return _V1IngressStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressStatus.discriminator = void 0;
V1IngressStatus.mapping = void 0;
V1IngressStatus.attributeTypeMap = [
  {
    "name": "loadBalancer",
    "baseName": "loadBalancer",
    "type": "V1IngressLoadBalancerStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1IngressTLS.js
var V1IngressTLS = class _V1IngressTLS {
  static getAttributeTypeMap() {
    return _V1IngressTLS.attributeTypeMap;
  }
  constructor() {
  }
};
V1IngressTLS.discriminator = void 0;
V1IngressTLS.mapping = void 0;
V1IngressTLS.attributeTypeMap = [
  {
    "name": "hosts",
    "baseName": "hosts",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "secretName",
    "baseName": "secretName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1JSONPatch.js
var V1JSONPatch = class _V1JSONPatch {
  static getAttributeTypeMap() {
    return _V1JSONPatch.attributeTypeMap;
  }
  constructor() {
  }
};
V1JSONPatch.discriminator = void 0;
V1JSONPatch.mapping = void 0;
V1JSONPatch.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1JSONSchemaProps.js
var V1JSONSchemaProps = class _V1JSONSchemaProps {
  static getAttributeTypeMap() {
    return _V1JSONSchemaProps.attributeTypeMap;
  }
  constructor() {
  }
};
V1JSONSchemaProps.discriminator = void 0;
V1JSONSchemaProps.mapping = void 0;
V1JSONSchemaProps.attributeTypeMap = [
  {
    "name": "ref",
    "baseName": "$ref",
    "type": "string",
    "format": ""
  },
  {
    "name": "schema",
    "baseName": "$schema",
    "type": "string",
    "format": ""
  },
  {
    "name": "additionalItems",
    "baseName": "additionalItems",
    "type": "any",
    "format": ""
  },
  {
    "name": "additionalProperties",
    "baseName": "additionalProperties",
    "type": "any",
    "format": ""
  },
  {
    "name": "allOf",
    "baseName": "allOf",
    "type": "Array<V1JSONSchemaProps>",
    "format": ""
  },
  {
    "name": "anyOf",
    "baseName": "anyOf",
    "type": "Array<V1JSONSchemaProps>",
    "format": ""
  },
  {
    "name": "_default",
    "baseName": "default",
    "type": "any",
    "format": ""
  },
  {
    "name": "definitions",
    "baseName": "definitions",
    "type": "{ [key: string]: V1JSONSchemaProps; }",
    "format": ""
  },
  {
    "name": "dependencies",
    "baseName": "dependencies",
    "type": "{ [key: string]: any; }",
    "format": ""
  },
  {
    "name": "description",
    "baseName": "description",
    "type": "string",
    "format": ""
  },
  {
    "name": "_enum",
    "baseName": "enum",
    "type": "Array<any>",
    "format": ""
  },
  {
    "name": "example",
    "baseName": "example",
    "type": "any",
    "format": ""
  },
  {
    "name": "exclusiveMaximum",
    "baseName": "exclusiveMaximum",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "exclusiveMinimum",
    "baseName": "exclusiveMinimum",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "externalDocs",
    "baseName": "externalDocs",
    "type": "V1ExternalDocumentation",
    "format": ""
  },
  {
    "name": "format",
    "baseName": "format",
    "type": "string",
    "format": ""
  },
  {
    "name": "id",
    "baseName": "id",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "any",
    "format": ""
  },
  {
    "name": "maxItems",
    "baseName": "maxItems",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "maxLength",
    "baseName": "maxLength",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "maxProperties",
    "baseName": "maxProperties",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "maximum",
    "baseName": "maximum",
    "type": "number",
    "format": "double"
  },
  {
    "name": "minItems",
    "baseName": "minItems",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "minLength",
    "baseName": "minLength",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "minProperties",
    "baseName": "minProperties",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "minimum",
    "baseName": "minimum",
    "type": "number",
    "format": "double"
  },
  {
    "name": "multipleOf",
    "baseName": "multipleOf",
    "type": "number",
    "format": "double"
  },
  {
    "name": "not",
    "baseName": "not",
    "type": "V1JSONSchemaProps",
    "format": ""
  },
  {
    "name": "nullable",
    "baseName": "nullable",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "oneOf",
    "baseName": "oneOf",
    "type": "Array<V1JSONSchemaProps>",
    "format": ""
  },
  {
    "name": "pattern",
    "baseName": "pattern",
    "type": "string",
    "format": ""
  },
  {
    "name": "patternProperties",
    "baseName": "patternProperties",
    "type": "{ [key: string]: V1JSONSchemaProps; }",
    "format": ""
  },
  {
    "name": "properties",
    "baseName": "properties",
    "type": "{ [key: string]: V1JSONSchemaProps; }",
    "format": ""
  },
  {
    "name": "required",
    "baseName": "required",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "title",
    "baseName": "title",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  },
  {
    "name": "uniqueItems",
    "baseName": "uniqueItems",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "x_kubernetes_embedded_resource",
    "baseName": "x-kubernetes-embedded-resource",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "x_kubernetes_int_or_string",
    "baseName": "x-kubernetes-int-or-string",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "x_kubernetes_list_map_keys",
    "baseName": "x-kubernetes-list-map-keys",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "x_kubernetes_list_type",
    "baseName": "x-kubernetes-list-type",
    "type": "string",
    "format": ""
  },
  {
    "name": "x_kubernetes_map_type",
    "baseName": "x-kubernetes-map-type",
    "type": "string",
    "format": ""
  },
  {
    "name": "x_kubernetes_preserve_unknown_fields",
    "baseName": "x-kubernetes-preserve-unknown-fields",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "x_kubernetes_validations",
    "baseName": "x-kubernetes-validations",
    "type": "Array<V1ValidationRule>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Job.js
var V1Job = class _V1Job {
  static getAttributeTypeMap() {
    return _V1Job.attributeTypeMap;
  }
  constructor() {
  }
};
V1Job.discriminator = void 0;
V1Job.mapping = void 0;
V1Job.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1JobSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1JobStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1JobCondition.js
var V1JobCondition = class _V1JobCondition {
  static getAttributeTypeMap() {
    return _V1JobCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1JobCondition.discriminator = void 0;
V1JobCondition.mapping = void 0;
V1JobCondition.attributeTypeMap = [
  {
    "name": "lastProbeTime",
    "baseName": "lastProbeTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1JobList.js
var V1JobList = class _V1JobList {
  static getAttributeTypeMap() {
    return _V1JobList.attributeTypeMap;
  }
  constructor() {
  }
};
V1JobList.discriminator = void 0;
V1JobList.mapping = void 0;
V1JobList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Job>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1JobSpec.js
var V1JobSpec = class _V1JobSpec {
  static getAttributeTypeMap() {
    return _V1JobSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1JobSpec.discriminator = void 0;
V1JobSpec.mapping = void 0;
V1JobSpec.attributeTypeMap = [
  {
    "name": "activeDeadlineSeconds",
    "baseName": "activeDeadlineSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "backoffLimit",
    "baseName": "backoffLimit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "backoffLimitPerIndex",
    "baseName": "backoffLimitPerIndex",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "completionMode",
    "baseName": "completionMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "completions",
    "baseName": "completions",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "managedBy",
    "baseName": "managedBy",
    "type": "string",
    "format": ""
  },
  {
    "name": "manualSelector",
    "baseName": "manualSelector",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "maxFailedIndexes",
    "baseName": "maxFailedIndexes",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "parallelism",
    "baseName": "parallelism",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "podFailurePolicy",
    "baseName": "podFailurePolicy",
    "type": "V1PodFailurePolicy",
    "format": ""
  },
  {
    "name": "podReplacementPolicy",
    "baseName": "podReplacementPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "successPolicy",
    "baseName": "successPolicy",
    "type": "V1SuccessPolicy",
    "format": ""
  },
  {
    "name": "suspend",
    "baseName": "suspend",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "template",
    "baseName": "template",
    "type": "V1PodTemplateSpec",
    "format": ""
  },
  {
    "name": "ttlSecondsAfterFinished",
    "baseName": "ttlSecondsAfterFinished",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1JobStatus.js
var V1JobStatus = class _V1JobStatus {
  static getAttributeTypeMap() {
    return _V1JobStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1JobStatus.discriminator = void 0;
V1JobStatus.mapping = void 0;
V1JobStatus.attributeTypeMap = [
  {
    "name": "active",
    "baseName": "active",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "completedIndexes",
    "baseName": "completedIndexes",
    "type": "string",
    "format": ""
  },
  {
    "name": "completionTime",
    "baseName": "completionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1JobCondition>",
    "format": ""
  },
  {
    "name": "failed",
    "baseName": "failed",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "failedIndexes",
    "baseName": "failedIndexes",
    "type": "string",
    "format": ""
  },
  {
    "name": "ready",
    "baseName": "ready",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "startTime",
    "baseName": "startTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "succeeded",
    "baseName": "succeeded",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "terminating",
    "baseName": "terminating",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "uncountedTerminatedPods",
    "baseName": "uncountedTerminatedPods",
    "type": "V1UncountedTerminatedPods",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1JobTemplateSpec.js
var V1JobTemplateSpec = class _V1JobTemplateSpec {
  static getAttributeTypeMap() {
    return _V1JobTemplateSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1JobTemplateSpec.discriminator = void 0;
V1JobTemplateSpec.mapping = void 0;
V1JobTemplateSpec.attributeTypeMap = [
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1JobSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1KeyToPath.js
var V1KeyToPath = class _V1KeyToPath {
  static getAttributeTypeMap() {
    return _V1KeyToPath.attributeTypeMap;
  }
  constructor() {
  }
};
V1KeyToPath.discriminator = void 0;
V1KeyToPath.mapping = void 0;
V1KeyToPath.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "mode",
    "baseName": "mode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LabelSelector.js
var V1LabelSelector = class _V1LabelSelector {
  static getAttributeTypeMap() {
    return _V1LabelSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1LabelSelector.discriminator = void 0;
V1LabelSelector.mapping = void 0;
V1LabelSelector.attributeTypeMap = [
  {
    "name": "matchExpressions",
    "baseName": "matchExpressions",
    "type": "Array<V1LabelSelectorRequirement>",
    "format": ""
  },
  {
    "name": "matchLabels",
    "baseName": "matchLabels",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LabelSelectorAttributes.js
var V1LabelSelectorAttributes = class _V1LabelSelectorAttributes {
  static getAttributeTypeMap() {
    return _V1LabelSelectorAttributes.attributeTypeMap;
  }
  constructor() {
  }
};
V1LabelSelectorAttributes.discriminator = void 0;
V1LabelSelectorAttributes.mapping = void 0;
V1LabelSelectorAttributes.attributeTypeMap = [
  {
    "name": "rawSelector",
    "baseName": "rawSelector",
    "type": "string",
    "format": ""
  },
  {
    "name": "requirements",
    "baseName": "requirements",
    "type": "Array<V1LabelSelectorRequirement>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LabelSelectorRequirement.js
var V1LabelSelectorRequirement = class _V1LabelSelectorRequirement {
  static getAttributeTypeMap() {
    return _V1LabelSelectorRequirement.attributeTypeMap;
  }
  constructor() {
  }
};
V1LabelSelectorRequirement.discriminator = void 0;
V1LabelSelectorRequirement.mapping = void 0;
V1LabelSelectorRequirement.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "values",
    "baseName": "values",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Lease.js
var V1Lease = class _V1Lease {
  static getAttributeTypeMap() {
    return _V1Lease.attributeTypeMap;
  }
  constructor() {
  }
};
V1Lease.discriminator = void 0;
V1Lease.mapping = void 0;
V1Lease.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1LeaseSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LeaseList.js
var V1LeaseList = class _V1LeaseList {
  static getAttributeTypeMap() {
    return _V1LeaseList.attributeTypeMap;
  }
  constructor() {
  }
};
V1LeaseList.discriminator = void 0;
V1LeaseList.mapping = void 0;
V1LeaseList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Lease>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LeaseSpec.js
var V1LeaseSpec = class _V1LeaseSpec {
  static getAttributeTypeMap() {
    return _V1LeaseSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1LeaseSpec.discriminator = void 0;
V1LeaseSpec.mapping = void 0;
V1LeaseSpec.attributeTypeMap = [
  {
    "name": "acquireTime",
    "baseName": "acquireTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "holderIdentity",
    "baseName": "holderIdentity",
    "type": "string",
    "format": ""
  },
  {
    "name": "leaseDurationSeconds",
    "baseName": "leaseDurationSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "leaseTransitions",
    "baseName": "leaseTransitions",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "preferredHolder",
    "baseName": "preferredHolder",
    "type": "string",
    "format": ""
  },
  {
    "name": "renewTime",
    "baseName": "renewTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "strategy",
    "baseName": "strategy",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Lifecycle.js
var V1Lifecycle = class _V1Lifecycle {
  static getAttributeTypeMap() {
    return _V1Lifecycle.attributeTypeMap;
  }
  constructor() {
  }
};
V1Lifecycle.discriminator = void 0;
V1Lifecycle.mapping = void 0;
V1Lifecycle.attributeTypeMap = [
  {
    "name": "postStart",
    "baseName": "postStart",
    "type": "V1LifecycleHandler",
    "format": ""
  },
  {
    "name": "preStop",
    "baseName": "preStop",
    "type": "V1LifecycleHandler",
    "format": ""
  },
  {
    "name": "stopSignal",
    "baseName": "stopSignal",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LifecycleHandler.js
var V1LifecycleHandler = class _V1LifecycleHandler {
  static getAttributeTypeMap() {
    return _V1LifecycleHandler.attributeTypeMap;
  }
  constructor() {
  }
};
V1LifecycleHandler.discriminator = void 0;
V1LifecycleHandler.mapping = void 0;
V1LifecycleHandler.attributeTypeMap = [
  {
    "name": "exec",
    "baseName": "exec",
    "type": "V1ExecAction",
    "format": ""
  },
  {
    "name": "httpGet",
    "baseName": "httpGet",
    "type": "V1HTTPGetAction",
    "format": ""
  },
  {
    "name": "sleep",
    "baseName": "sleep",
    "type": "V1SleepAction",
    "format": ""
  },
  {
    "name": "tcpSocket",
    "baseName": "tcpSocket",
    "type": "V1TCPSocketAction",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LimitRange.js
var V1LimitRange = class _V1LimitRange {
  static getAttributeTypeMap() {
    return _V1LimitRange.attributeTypeMap;
  }
  constructor() {
  }
};
V1LimitRange.discriminator = void 0;
V1LimitRange.mapping = void 0;
V1LimitRange.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1LimitRangeSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LimitRangeItem.js
var V1LimitRangeItem = class _V1LimitRangeItem {
  static getAttributeTypeMap() {
    return _V1LimitRangeItem.attributeTypeMap;
  }
  constructor() {
  }
};
V1LimitRangeItem.discriminator = void 0;
V1LimitRangeItem.mapping = void 0;
V1LimitRangeItem.attributeTypeMap = [
  {
    "name": "_default",
    "baseName": "default",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "defaultRequest",
    "baseName": "defaultRequest",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "max",
    "baseName": "max",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "maxLimitRequestRatio",
    "baseName": "maxLimitRequestRatio",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "min",
    "baseName": "min",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LimitRangeList.js
var V1LimitRangeList = class _V1LimitRangeList {
  static getAttributeTypeMap() {
    return _V1LimitRangeList.attributeTypeMap;
  }
  constructor() {
  }
};
V1LimitRangeList.discriminator = void 0;
V1LimitRangeList.mapping = void 0;
V1LimitRangeList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1LimitRange>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LimitRangeSpec.js
var V1LimitRangeSpec = class _V1LimitRangeSpec {
  static getAttributeTypeMap() {
    return _V1LimitRangeSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1LimitRangeSpec.discriminator = void 0;
V1LimitRangeSpec.mapping = void 0;
V1LimitRangeSpec.attributeTypeMap = [
  {
    "name": "limits",
    "baseName": "limits",
    "type": "Array<V1LimitRangeItem>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LimitResponse.js
var V1LimitResponse = class _V1LimitResponse {
  static getAttributeTypeMap() {
    return _V1LimitResponse.attributeTypeMap;
  }
  constructor() {
  }
};
V1LimitResponse.discriminator = void 0;
V1LimitResponse.mapping = void 0;
V1LimitResponse.attributeTypeMap = [
  {
    "name": "queuing",
    "baseName": "queuing",
    "type": "V1QueuingConfiguration",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LimitedPriorityLevelConfiguration.js
var V1LimitedPriorityLevelConfiguration = class _V1LimitedPriorityLevelConfiguration {
  static getAttributeTypeMap() {
    return _V1LimitedPriorityLevelConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1LimitedPriorityLevelConfiguration.discriminator = void 0;
V1LimitedPriorityLevelConfiguration.mapping = void 0;
V1LimitedPriorityLevelConfiguration.attributeTypeMap = [
  {
    "name": "borrowingLimitPercent",
    "baseName": "borrowingLimitPercent",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "lendablePercent",
    "baseName": "lendablePercent",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "limitResponse",
    "baseName": "limitResponse",
    "type": "V1LimitResponse",
    "format": ""
  },
  {
    "name": "nominalConcurrencyShares",
    "baseName": "nominalConcurrencyShares",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LinuxContainerUser.js
var V1LinuxContainerUser = class _V1LinuxContainerUser {
  static getAttributeTypeMap() {
    return _V1LinuxContainerUser.attributeTypeMap;
  }
  constructor() {
  }
};
V1LinuxContainerUser.discriminator = void 0;
V1LinuxContainerUser.mapping = void 0;
V1LinuxContainerUser.attributeTypeMap = [
  {
    "name": "gid",
    "baseName": "gid",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "supplementalGroups",
    "baseName": "supplementalGroups",
    "type": "Array<number>",
    "format": "int64"
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ListMeta.js
var V1ListMeta = class _V1ListMeta {
  static getAttributeTypeMap() {
    return _V1ListMeta.attributeTypeMap;
  }
  constructor() {
  }
};
V1ListMeta.discriminator = void 0;
V1ListMeta.mapping = void 0;
V1ListMeta.attributeTypeMap = [
  {
    "name": "_continue",
    "baseName": "continue",
    "type": "string",
    "format": ""
  },
  {
    "name": "remainingItemCount",
    "baseName": "remainingItemCount",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "resourceVersion",
    "baseName": "resourceVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "selfLink",
    "baseName": "selfLink",
    "type": "string",
    "format": ""
  },
  {
    "name": "shardInfo",
    "baseName": "shardInfo",
    "type": "V1ShardInfo",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LoadBalancerIngress.js
var V1LoadBalancerIngress = class _V1LoadBalancerIngress {
  static getAttributeTypeMap() {
    return _V1LoadBalancerIngress.attributeTypeMap;
  }
  constructor() {
  }
};
V1LoadBalancerIngress.discriminator = void 0;
V1LoadBalancerIngress.mapping = void 0;
V1LoadBalancerIngress.attributeTypeMap = [
  {
    "name": "hostname",
    "baseName": "hostname",
    "type": "string",
    "format": ""
  },
  {
    "name": "ip",
    "baseName": "ip",
    "type": "string",
    "format": ""
  },
  {
    "name": "ipMode",
    "baseName": "ipMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<V1PortStatus>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LoadBalancerStatus.js
var V1LoadBalancerStatus = class _V1LoadBalancerStatus {
  static getAttributeTypeMap() {
    return _V1LoadBalancerStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1LoadBalancerStatus.discriminator = void 0;
V1LoadBalancerStatus.mapping = void 0;
V1LoadBalancerStatus.attributeTypeMap = [
  {
    "name": "ingress",
    "baseName": "ingress",
    "type": "Array<V1LoadBalancerIngress>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LocalObjectReference.js
var V1LocalObjectReference = class _V1LocalObjectReference {
  static getAttributeTypeMap() {
    return _V1LocalObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1LocalObjectReference.discriminator = void 0;
V1LocalObjectReference.mapping = void 0;
V1LocalObjectReference.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LocalSubjectAccessReview.js
var V1LocalSubjectAccessReview = class _V1LocalSubjectAccessReview {
  static getAttributeTypeMap() {
    return _V1LocalSubjectAccessReview.attributeTypeMap;
  }
  constructor() {
  }
};
V1LocalSubjectAccessReview.discriminator = void 0;
V1LocalSubjectAccessReview.mapping = void 0;
V1LocalSubjectAccessReview.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1SubjectAccessReviewSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1SubjectAccessReviewStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1LocalVolumeSource.js
var V1LocalVolumeSource = class _V1LocalVolumeSource {
  static getAttributeTypeMap() {
    return _V1LocalVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1LocalVolumeSource.discriminator = void 0;
V1LocalVolumeSource.mapping = void 0;
V1LocalVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ManagedFieldsEntry.js
var V1ManagedFieldsEntry = class _V1ManagedFieldsEntry {
  static getAttributeTypeMap() {
    return _V1ManagedFieldsEntry.attributeTypeMap;
  }
  constructor() {
  }
};
V1ManagedFieldsEntry.discriminator = void 0;
V1ManagedFieldsEntry.mapping = void 0;
V1ManagedFieldsEntry.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "fieldsType",
    "baseName": "fieldsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "fieldsV1",
    "baseName": "fieldsV1",
    "type": "any",
    "format": ""
  },
  {
    "name": "manager",
    "baseName": "manager",
    "type": "string",
    "format": ""
  },
  {
    "name": "operation",
    "baseName": "operation",
    "type": "string",
    "format": ""
  },
  {
    "name": "subresource",
    "baseName": "subresource",
    "type": "string",
    "format": ""
  },
  {
    "name": "time",
    "baseName": "time",
    "type": "Date",
    "format": "date-time"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MatchCondition.js
var V1MatchCondition = class _V1MatchCondition {
  static getAttributeTypeMap() {
    return _V1MatchCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1MatchCondition.discriminator = void 0;
V1MatchCondition.mapping = void 0;
V1MatchCondition.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MatchResources.js
var V1MatchResources = class _V1MatchResources {
  static getAttributeTypeMap() {
    return _V1MatchResources.attributeTypeMap;
  }
  constructor() {
  }
};
V1MatchResources.discriminator = void 0;
V1MatchResources.mapping = void 0;
V1MatchResources.attributeTypeMap = [
  {
    "name": "excludeResourceRules",
    "baseName": "excludeResourceRules",
    "type": "Array<V1NamedRuleWithOperations>",
    "format": ""
  },
  {
    "name": "matchPolicy",
    "baseName": "matchPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespaceSelector",
    "baseName": "namespaceSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "objectSelector",
    "baseName": "objectSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "resourceRules",
    "baseName": "resourceRules",
    "type": "Array<V1NamedRuleWithOperations>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ModifyVolumeStatus.js
var V1ModifyVolumeStatus = class _V1ModifyVolumeStatus {
  static getAttributeTypeMap() {
    return _V1ModifyVolumeStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ModifyVolumeStatus.discriminator = void 0;
V1ModifyVolumeStatus.mapping = void 0;
V1ModifyVolumeStatus.attributeTypeMap = [
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "targetVolumeAttributesClassName",
    "baseName": "targetVolumeAttributesClassName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingAdmissionPolicy.js
var V1MutatingAdmissionPolicy = class _V1MutatingAdmissionPolicy {
  static getAttributeTypeMap() {
    return _V1MutatingAdmissionPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingAdmissionPolicy.discriminator = void 0;
V1MutatingAdmissionPolicy.mapping = void 0;
V1MutatingAdmissionPolicy.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1MutatingAdmissionPolicySpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingAdmissionPolicyBinding.js
var V1MutatingAdmissionPolicyBinding = class _V1MutatingAdmissionPolicyBinding {
  static getAttributeTypeMap() {
    return _V1MutatingAdmissionPolicyBinding.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingAdmissionPolicyBinding.discriminator = void 0;
V1MutatingAdmissionPolicyBinding.mapping = void 0;
V1MutatingAdmissionPolicyBinding.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1MutatingAdmissionPolicyBindingSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingAdmissionPolicyBindingList.js
var V1MutatingAdmissionPolicyBindingList = class _V1MutatingAdmissionPolicyBindingList {
  static getAttributeTypeMap() {
    return _V1MutatingAdmissionPolicyBindingList.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingAdmissionPolicyBindingList.discriminator = void 0;
V1MutatingAdmissionPolicyBindingList.mapping = void 0;
V1MutatingAdmissionPolicyBindingList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1MutatingAdmissionPolicyBinding>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingAdmissionPolicyBindingSpec.js
var V1MutatingAdmissionPolicyBindingSpec = class _V1MutatingAdmissionPolicyBindingSpec {
  static getAttributeTypeMap() {
    return _V1MutatingAdmissionPolicyBindingSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingAdmissionPolicyBindingSpec.discriminator = void 0;
V1MutatingAdmissionPolicyBindingSpec.mapping = void 0;
V1MutatingAdmissionPolicyBindingSpec.attributeTypeMap = [
  {
    "name": "matchResources",
    "baseName": "matchResources",
    "type": "V1MatchResources",
    "format": ""
  },
  {
    "name": "paramRef",
    "baseName": "paramRef",
    "type": "V1ParamRef",
    "format": ""
  },
  {
    "name": "policyName",
    "baseName": "policyName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingAdmissionPolicyList.js
var V1MutatingAdmissionPolicyList = class _V1MutatingAdmissionPolicyList {
  static getAttributeTypeMap() {
    return _V1MutatingAdmissionPolicyList.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingAdmissionPolicyList.discriminator = void 0;
V1MutatingAdmissionPolicyList.mapping = void 0;
V1MutatingAdmissionPolicyList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1MutatingAdmissionPolicy>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingAdmissionPolicySpec.js
var V1MutatingAdmissionPolicySpec = class _V1MutatingAdmissionPolicySpec {
  static getAttributeTypeMap() {
    return _V1MutatingAdmissionPolicySpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingAdmissionPolicySpec.discriminator = void 0;
V1MutatingAdmissionPolicySpec.mapping = void 0;
V1MutatingAdmissionPolicySpec.attributeTypeMap = [
  {
    "name": "failurePolicy",
    "baseName": "failurePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchConditions",
    "baseName": "matchConditions",
    "type": "Array<V1MatchCondition>",
    "format": ""
  },
  {
    "name": "matchConstraints",
    "baseName": "matchConstraints",
    "type": "V1MatchResources",
    "format": ""
  },
  {
    "name": "mutations",
    "baseName": "mutations",
    "type": "Array<V1Mutation>",
    "format": ""
  },
  {
    "name": "paramKind",
    "baseName": "paramKind",
    "type": "V1ParamKind",
    "format": ""
  },
  {
    "name": "reinvocationPolicy",
    "baseName": "reinvocationPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "variables",
    "baseName": "variables",
    "type": "Array<V1Variable>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingWebhook.js
var V1MutatingWebhook = class _V1MutatingWebhook {
  static getAttributeTypeMap() {
    return _V1MutatingWebhook.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingWebhook.discriminator = void 0;
V1MutatingWebhook.mapping = void 0;
V1MutatingWebhook.attributeTypeMap = [
  {
    "name": "admissionReviewVersions",
    "baseName": "admissionReviewVersions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "clientConfig",
    "baseName": "clientConfig",
    "type": "AdmissionregistrationV1WebhookClientConfig",
    "format": ""
  },
  {
    "name": "failurePolicy",
    "baseName": "failurePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchConditions",
    "baseName": "matchConditions",
    "type": "Array<V1MatchCondition>",
    "format": ""
  },
  {
    "name": "matchPolicy",
    "baseName": "matchPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespaceSelector",
    "baseName": "namespaceSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "objectSelector",
    "baseName": "objectSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "reinvocationPolicy",
    "baseName": "reinvocationPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1RuleWithOperations>",
    "format": ""
  },
  {
    "name": "sideEffects",
    "baseName": "sideEffects",
    "type": "string",
    "format": ""
  },
  {
    "name": "timeoutSeconds",
    "baseName": "timeoutSeconds",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingWebhookConfiguration.js
var V1MutatingWebhookConfiguration = class _V1MutatingWebhookConfiguration {
  static getAttributeTypeMap() {
    return _V1MutatingWebhookConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingWebhookConfiguration.discriminator = void 0;
V1MutatingWebhookConfiguration.mapping = void 0;
V1MutatingWebhookConfiguration.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "webhooks",
    "baseName": "webhooks",
    "type": "Array<V1MutatingWebhook>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1MutatingWebhookConfigurationList.js
var V1MutatingWebhookConfigurationList = class _V1MutatingWebhookConfigurationList {
  static getAttributeTypeMap() {
    return _V1MutatingWebhookConfigurationList.attributeTypeMap;
  }
  constructor() {
  }
};
V1MutatingWebhookConfigurationList.discriminator = void 0;
V1MutatingWebhookConfigurationList.mapping = void 0;
V1MutatingWebhookConfigurationList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1MutatingWebhookConfiguration>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Mutation.js
var V1Mutation = class _V1Mutation {
  static getAttributeTypeMap() {
    return _V1Mutation.attributeTypeMap;
  }
  constructor() {
  }
};
V1Mutation.discriminator = void 0;
V1Mutation.mapping = void 0;
V1Mutation.attributeTypeMap = [
  {
    "name": "applyConfiguration",
    "baseName": "applyConfiguration",
    "type": "V1ApplyConfiguration",
    "format": ""
  },
  {
    "name": "jsonPatch",
    "baseName": "jsonPatch",
    "type": "V1JSONPatch",
    "format": ""
  },
  {
    "name": "patchType",
    "baseName": "patchType",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NFSVolumeSource.js
var V1NFSVolumeSource = class _V1NFSVolumeSource {
  static getAttributeTypeMap() {
    return _V1NFSVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1NFSVolumeSource.discriminator = void 0;
V1NFSVolumeSource.mapping = void 0;
V1NFSVolumeSource.attributeTypeMap = [
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "server",
    "baseName": "server",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NamedRuleWithOperations.js
var V1NamedRuleWithOperations = class _V1NamedRuleWithOperations {
  static getAttributeTypeMap() {
    return _V1NamedRuleWithOperations.attributeTypeMap;
  }
  constructor() {
  }
};
V1NamedRuleWithOperations.discriminator = void 0;
V1NamedRuleWithOperations.mapping = void 0;
V1NamedRuleWithOperations.attributeTypeMap = [
  {
    "name": "apiGroups",
    "baseName": "apiGroups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "apiVersions",
    "baseName": "apiVersions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "operations",
    "baseName": "operations",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resourceNames",
    "baseName": "resourceNames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "scope",
    "baseName": "scope",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Namespace.js
var V1Namespace = class _V1Namespace {
  static getAttributeTypeMap() {
    return _V1Namespace.attributeTypeMap;
  }
  constructor() {
  }
};
V1Namespace.discriminator = void 0;
V1Namespace.mapping = void 0;
V1Namespace.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1NamespaceSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1NamespaceStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NamespaceCondition.js
var V1NamespaceCondition = class _V1NamespaceCondition {
  static getAttributeTypeMap() {
    return _V1NamespaceCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1NamespaceCondition.discriminator = void 0;
V1NamespaceCondition.mapping = void 0;
V1NamespaceCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NamespaceList.js
var V1NamespaceList = class _V1NamespaceList {
  static getAttributeTypeMap() {
    return _V1NamespaceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1NamespaceList.discriminator = void 0;
V1NamespaceList.mapping = void 0;
V1NamespaceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Namespace>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NamespaceSpec.js
var V1NamespaceSpec = class _V1NamespaceSpec {
  static getAttributeTypeMap() {
    return _V1NamespaceSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1NamespaceSpec.discriminator = void 0;
V1NamespaceSpec.mapping = void 0;
V1NamespaceSpec.attributeTypeMap = [
  {
    "name": "finalizers",
    "baseName": "finalizers",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NamespaceStatus.js
var V1NamespaceStatus = class _V1NamespaceStatus {
  static getAttributeTypeMap() {
    return _V1NamespaceStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1NamespaceStatus.discriminator = void 0;
V1NamespaceStatus.mapping = void 0;
V1NamespaceStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1NamespaceCondition>",
    "format": ""
  },
  {
    "name": "phase",
    "baseName": "phase",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkDeviceData.js
var V1NetworkDeviceData = class _V1NetworkDeviceData {
  static getAttributeTypeMap() {
    return _V1NetworkDeviceData.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkDeviceData.discriminator = void 0;
V1NetworkDeviceData.mapping = void 0;
V1NetworkDeviceData.attributeTypeMap = [
  {
    "name": "hardwareAddress",
    "baseName": "hardwareAddress",
    "type": "string",
    "format": ""
  },
  {
    "name": "interfaceName",
    "baseName": "interfaceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "ips",
    "baseName": "ips",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkPolicy.js
var V1NetworkPolicy = class _V1NetworkPolicy {
  static getAttributeTypeMap() {
    return _V1NetworkPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkPolicy.discriminator = void 0;
V1NetworkPolicy.mapping = void 0;
V1NetworkPolicy.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1NetworkPolicySpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkPolicyEgressRule.js
var V1NetworkPolicyEgressRule = class _V1NetworkPolicyEgressRule {
  static getAttributeTypeMap() {
    return _V1NetworkPolicyEgressRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkPolicyEgressRule.discriminator = void 0;
V1NetworkPolicyEgressRule.mapping = void 0;
V1NetworkPolicyEgressRule.attributeTypeMap = [
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<V1NetworkPolicyPort>",
    "format": ""
  },
  {
    "name": "to",
    "baseName": "to",
    "type": "Array<V1NetworkPolicyPeer>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkPolicyIngressRule.js
var V1NetworkPolicyIngressRule = class _V1NetworkPolicyIngressRule {
  static getAttributeTypeMap() {
    return _V1NetworkPolicyIngressRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkPolicyIngressRule.discriminator = void 0;
V1NetworkPolicyIngressRule.mapping = void 0;
V1NetworkPolicyIngressRule.attributeTypeMap = [
  {
    "name": "_from",
    "baseName": "from",
    "type": "Array<V1NetworkPolicyPeer>",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<V1NetworkPolicyPort>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkPolicyList.js
var V1NetworkPolicyList = class _V1NetworkPolicyList {
  static getAttributeTypeMap() {
    return _V1NetworkPolicyList.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkPolicyList.discriminator = void 0;
V1NetworkPolicyList.mapping = void 0;
V1NetworkPolicyList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1NetworkPolicy>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkPolicyPeer.js
var V1NetworkPolicyPeer = class _V1NetworkPolicyPeer {
  static getAttributeTypeMap() {
    return _V1NetworkPolicyPeer.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkPolicyPeer.discriminator = void 0;
V1NetworkPolicyPeer.mapping = void 0;
V1NetworkPolicyPeer.attributeTypeMap = [
  {
    "name": "ipBlock",
    "baseName": "ipBlock",
    "type": "V1IPBlock",
    "format": ""
  },
  {
    "name": "namespaceSelector",
    "baseName": "namespaceSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "podSelector",
    "baseName": "podSelector",
    "type": "V1LabelSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkPolicyPort.js
var V1NetworkPolicyPort = class _V1NetworkPolicyPort {
  static getAttributeTypeMap() {
    return _V1NetworkPolicyPort.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkPolicyPort.discriminator = void 0;
V1NetworkPolicyPort.mapping = void 0;
V1NetworkPolicyPort.attributeTypeMap = [
  {
    "name": "endPort",
    "baseName": "endPort",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "IntOrString",
    "format": "int-or-string"
  },
  {
    "name": "protocol",
    "baseName": "protocol",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NetworkPolicySpec.js
var V1NetworkPolicySpec = class _V1NetworkPolicySpec {
  static getAttributeTypeMap() {
    return _V1NetworkPolicySpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1NetworkPolicySpec.discriminator = void 0;
V1NetworkPolicySpec.mapping = void 0;
V1NetworkPolicySpec.attributeTypeMap = [
  {
    "name": "egress",
    "baseName": "egress",
    "type": "Array<V1NetworkPolicyEgressRule>",
    "format": ""
  },
  {
    "name": "ingress",
    "baseName": "ingress",
    "type": "Array<V1NetworkPolicyIngressRule>",
    "format": ""
  },
  {
    "name": "podSelector",
    "baseName": "podSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "policyTypes",
    "baseName": "policyTypes",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Node.js
var V1Node = class _V1Node {
  static getAttributeTypeMap() {
    return _V1Node.attributeTypeMap;
  }
  constructor() {
  }
};
V1Node.discriminator = void 0;
V1Node.mapping = void 0;
V1Node.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1NodeSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1NodeStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeAddress.js
var V1NodeAddress = class _V1NodeAddress {
  static getAttributeTypeMap() {
    return _V1NodeAddress.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeAddress.discriminator = void 0;
V1NodeAddress.mapping = void 0;
V1NodeAddress.attributeTypeMap = [
  {
    "name": "address",
    "baseName": "address",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeAffinity.js
var V1NodeAffinity = class _V1NodeAffinity {
  static getAttributeTypeMap() {
    return _V1NodeAffinity.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeAffinity.discriminator = void 0;
V1NodeAffinity.mapping = void 0;
V1NodeAffinity.attributeTypeMap = [
  {
    "name": "preferredDuringSchedulingIgnoredDuringExecution",
    "baseName": "preferredDuringSchedulingIgnoredDuringExecution",
    "type": "Array<V1PreferredSchedulingTerm>",
    "format": ""
  },
  {
    "name": "requiredDuringSchedulingIgnoredDuringExecution",
    "baseName": "requiredDuringSchedulingIgnoredDuringExecution",
    "type": "V1NodeSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeAllocatableResourceClaimStatus.js
var V1NodeAllocatableResourceClaimStatus = class _V1NodeAllocatableResourceClaimStatus {
  static getAttributeTypeMap() {
    return _V1NodeAllocatableResourceClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeAllocatableResourceClaimStatus.discriminator = void 0;
V1NodeAllocatableResourceClaimStatus.mapping = void 0;
V1NodeAllocatableResourceClaimStatus.attributeTypeMap = [
  {
    "name": "containers",
    "baseName": "containers",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resourceClaimName",
    "baseName": "resourceClaimName",
    "type": "string",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeAllocatableResourceMapping.js
var V1NodeAllocatableResourceMapping = class _V1NodeAllocatableResourceMapping {
  static getAttributeTypeMap() {
    return _V1NodeAllocatableResourceMapping.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeAllocatableResourceMapping.discriminator = void 0;
V1NodeAllocatableResourceMapping.mapping = void 0;
V1NodeAllocatableResourceMapping.attributeTypeMap = [
  {
    "name": "allocationMultiplier",
    "baseName": "allocationMultiplier",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacityKey",
    "baseName": "capacityKey",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeCondition.js
var V1NodeCondition = class _V1NodeCondition {
  static getAttributeTypeMap() {
    return _V1NodeCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeCondition.discriminator = void 0;
V1NodeCondition.mapping = void 0;
V1NodeCondition.attributeTypeMap = [
  {
    "name": "lastHeartbeatTime",
    "baseName": "lastHeartbeatTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeConfigSource.js
var V1NodeConfigSource = class _V1NodeConfigSource {
  static getAttributeTypeMap() {
    return _V1NodeConfigSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeConfigSource.discriminator = void 0;
V1NodeConfigSource.mapping = void 0;
V1NodeConfigSource.attributeTypeMap = [
  {
    "name": "configMap",
    "baseName": "configMap",
    "type": "V1ConfigMapNodeConfigSource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeConfigStatus.js
var V1NodeConfigStatus = class _V1NodeConfigStatus {
  static getAttributeTypeMap() {
    return _V1NodeConfigStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeConfigStatus.discriminator = void 0;
V1NodeConfigStatus.mapping = void 0;
V1NodeConfigStatus.attributeTypeMap = [
  {
    "name": "active",
    "baseName": "active",
    "type": "V1NodeConfigSource",
    "format": ""
  },
  {
    "name": "assigned",
    "baseName": "assigned",
    "type": "V1NodeConfigSource",
    "format": ""
  },
  {
    "name": "error",
    "baseName": "error",
    "type": "string",
    "format": ""
  },
  {
    "name": "lastKnownGood",
    "baseName": "lastKnownGood",
    "type": "V1NodeConfigSource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeDaemonEndpoints.js
var V1NodeDaemonEndpoints = class _V1NodeDaemonEndpoints {
  static getAttributeTypeMap() {
    return _V1NodeDaemonEndpoints.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeDaemonEndpoints.discriminator = void 0;
V1NodeDaemonEndpoints.mapping = void 0;
V1NodeDaemonEndpoints.attributeTypeMap = [
  {
    "name": "kubeletEndpoint",
    "baseName": "kubeletEndpoint",
    "type": "V1DaemonEndpoint",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeFeatures.js
var V1NodeFeatures = class _V1NodeFeatures {
  static getAttributeTypeMap() {
    return _V1NodeFeatures.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeFeatures.discriminator = void 0;
V1NodeFeatures.mapping = void 0;
V1NodeFeatures.attributeTypeMap = [
  {
    "name": "supplementalGroupsPolicy",
    "baseName": "supplementalGroupsPolicy",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeList.js
var V1NodeList = class _V1NodeList {
  static getAttributeTypeMap() {
    return _V1NodeList.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeList.discriminator = void 0;
V1NodeList.mapping = void 0;
V1NodeList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Node>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeRuntimeHandler.js
var V1NodeRuntimeHandler = class _V1NodeRuntimeHandler {
  static getAttributeTypeMap() {
    return _V1NodeRuntimeHandler.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeRuntimeHandler.discriminator = void 0;
V1NodeRuntimeHandler.mapping = void 0;
V1NodeRuntimeHandler.attributeTypeMap = [
  {
    "name": "features",
    "baseName": "features",
    "type": "V1NodeRuntimeHandlerFeatures",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeRuntimeHandlerFeatures.js
var V1NodeRuntimeHandlerFeatures = class _V1NodeRuntimeHandlerFeatures {
  static getAttributeTypeMap() {
    return _V1NodeRuntimeHandlerFeatures.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeRuntimeHandlerFeatures.discriminator = void 0;
V1NodeRuntimeHandlerFeatures.mapping = void 0;
V1NodeRuntimeHandlerFeatures.attributeTypeMap = [
  {
    "name": "recursiveReadOnlyMounts",
    "baseName": "recursiveReadOnlyMounts",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "userNamespaces",
    "baseName": "userNamespaces",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeSelector.js
var V1NodeSelector = class _V1NodeSelector {
  static getAttributeTypeMap() {
    return _V1NodeSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeSelector.discriminator = void 0;
V1NodeSelector.mapping = void 0;
V1NodeSelector.attributeTypeMap = [
  {
    "name": "nodeSelectorTerms",
    "baseName": "nodeSelectorTerms",
    "type": "Array<V1NodeSelectorTerm>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeSelectorRequirement.js
var V1NodeSelectorRequirement = class _V1NodeSelectorRequirement {
  static getAttributeTypeMap() {
    return _V1NodeSelectorRequirement.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeSelectorRequirement.discriminator = void 0;
V1NodeSelectorRequirement.mapping = void 0;
V1NodeSelectorRequirement.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "values",
    "baseName": "values",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeSelectorTerm.js
var V1NodeSelectorTerm = class _V1NodeSelectorTerm {
  static getAttributeTypeMap() {
    return _V1NodeSelectorTerm.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeSelectorTerm.discriminator = void 0;
V1NodeSelectorTerm.mapping = void 0;
V1NodeSelectorTerm.attributeTypeMap = [
  {
    "name": "matchExpressions",
    "baseName": "matchExpressions",
    "type": "Array<V1NodeSelectorRequirement>",
    "format": ""
  },
  {
    "name": "matchFields",
    "baseName": "matchFields",
    "type": "Array<V1NodeSelectorRequirement>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeSpec.js
var V1NodeSpec = class _V1NodeSpec {
  static getAttributeTypeMap() {
    return _V1NodeSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeSpec.discriminator = void 0;
V1NodeSpec.mapping = void 0;
V1NodeSpec.attributeTypeMap = [
  {
    "name": "configSource",
    "baseName": "configSource",
    "type": "V1NodeConfigSource",
    "format": ""
  },
  {
    "name": "externalID",
    "baseName": "externalID",
    "type": "string",
    "format": ""
  },
  {
    "name": "podCIDR",
    "baseName": "podCIDR",
    "type": "string",
    "format": ""
  },
  {
    "name": "podCIDRs",
    "baseName": "podCIDRs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "providerID",
    "baseName": "providerID",
    "type": "string",
    "format": ""
  },
  {
    "name": "taints",
    "baseName": "taints",
    "type": "Array<V1Taint>",
    "format": ""
  },
  {
    "name": "unschedulable",
    "baseName": "unschedulable",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeStatus.js
var V1NodeStatus = class _V1NodeStatus {
  static getAttributeTypeMap() {
    return _V1NodeStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeStatus.discriminator = void 0;
V1NodeStatus.mapping = void 0;
V1NodeStatus.attributeTypeMap = [
  {
    "name": "addresses",
    "baseName": "addresses",
    "type": "Array<V1NodeAddress>",
    "format": ""
  },
  {
    "name": "allocatable",
    "baseName": "allocatable",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1NodeCondition>",
    "format": ""
  },
  {
    "name": "config",
    "baseName": "config",
    "type": "V1NodeConfigStatus",
    "format": ""
  },
  {
    "name": "daemonEndpoints",
    "baseName": "daemonEndpoints",
    "type": "V1NodeDaemonEndpoints",
    "format": ""
  },
  {
    "name": "declaredFeatures",
    "baseName": "declaredFeatures",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "features",
    "baseName": "features",
    "type": "V1NodeFeatures",
    "format": ""
  },
  {
    "name": "images",
    "baseName": "images",
    "type": "Array<V1ContainerImage>",
    "format": ""
  },
  {
    "name": "nodeInfo",
    "baseName": "nodeInfo",
    "type": "V1NodeSystemInfo",
    "format": ""
  },
  {
    "name": "phase",
    "baseName": "phase",
    "type": "string",
    "format": ""
  },
  {
    "name": "runtimeHandlers",
    "baseName": "runtimeHandlers",
    "type": "Array<V1NodeRuntimeHandler>",
    "format": ""
  },
  {
    "name": "volumesAttached",
    "baseName": "volumesAttached",
    "type": "Array<V1AttachedVolume>",
    "format": ""
  },
  {
    "name": "volumesInUse",
    "baseName": "volumesInUse",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeSwapStatus.js
var V1NodeSwapStatus = class _V1NodeSwapStatus {
  static getAttributeTypeMap() {
    return _V1NodeSwapStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeSwapStatus.discriminator = void 0;
V1NodeSwapStatus.mapping = void 0;
V1NodeSwapStatus.attributeTypeMap = [
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NodeSystemInfo.js
var V1NodeSystemInfo = class _V1NodeSystemInfo {
  static getAttributeTypeMap() {
    return _V1NodeSystemInfo.attributeTypeMap;
  }
  constructor() {
  }
};
V1NodeSystemInfo.discriminator = void 0;
V1NodeSystemInfo.mapping = void 0;
V1NodeSystemInfo.attributeTypeMap = [
  {
    "name": "architecture",
    "baseName": "architecture",
    "type": "string",
    "format": ""
  },
  {
    "name": "bootID",
    "baseName": "bootID",
    "type": "string",
    "format": ""
  },
  {
    "name": "containerRuntimeVersion",
    "baseName": "containerRuntimeVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kernelVersion",
    "baseName": "kernelVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kubeProxyVersion",
    "baseName": "kubeProxyVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kubeletVersion",
    "baseName": "kubeletVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "machineID",
    "baseName": "machineID",
    "type": "string",
    "format": ""
  },
  {
    "name": "operatingSystem",
    "baseName": "operatingSystem",
    "type": "string",
    "format": ""
  },
  {
    "name": "osImage",
    "baseName": "osImage",
    "type": "string",
    "format": ""
  },
  {
    "name": "swap",
    "baseName": "swap",
    "type": "V1NodeSwapStatus",
    "format": ""
  },
  {
    "name": "systemUUID",
    "baseName": "systemUUID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NonResourceAttributes.js
var V1NonResourceAttributes = class _V1NonResourceAttributes {
  static getAttributeTypeMap() {
    return _V1NonResourceAttributes.attributeTypeMap;
  }
  constructor() {
  }
};
V1NonResourceAttributes.discriminator = void 0;
V1NonResourceAttributes.mapping = void 0;
V1NonResourceAttributes.attributeTypeMap = [
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  },
  {
    "name": "verb",
    "baseName": "verb",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NonResourcePolicyRule.js
var V1NonResourcePolicyRule = class _V1NonResourcePolicyRule {
  static getAttributeTypeMap() {
    return _V1NonResourcePolicyRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1NonResourcePolicyRule.discriminator = void 0;
V1NonResourcePolicyRule.mapping = void 0;
V1NonResourcePolicyRule.attributeTypeMap = [
  {
    "name": "nonResourceURLs",
    "baseName": "nonResourceURLs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "verbs",
    "baseName": "verbs",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1NonResourceRule.js
var V1NonResourceRule = class _V1NonResourceRule {
  static getAttributeTypeMap() {
    return _V1NonResourceRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1NonResourceRule.discriminator = void 0;
V1NonResourceRule.mapping = void 0;
V1NonResourceRule.attributeTypeMap = [
  {
    "name": "nonResourceURLs",
    "baseName": "nonResourceURLs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "verbs",
    "baseName": "verbs",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ObjectFieldSelector.js
var V1ObjectFieldSelector = class _V1ObjectFieldSelector {
  static getAttributeTypeMap() {
    return _V1ObjectFieldSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1ObjectFieldSelector.discriminator = void 0;
V1ObjectFieldSelector.mapping = void 0;
V1ObjectFieldSelector.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "fieldPath",
    "baseName": "fieldPath",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ObjectMeta.js
var V1ObjectMeta = class _V1ObjectMeta {
  static getAttributeTypeMap() {
    return _V1ObjectMeta.attributeTypeMap;
  }
  constructor() {
  }
};
V1ObjectMeta.discriminator = void 0;
V1ObjectMeta.mapping = void 0;
V1ObjectMeta.attributeTypeMap = [
  {
    "name": "annotations",
    "baseName": "annotations",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "creationTimestamp",
    "baseName": "creationTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "deletionGracePeriodSeconds",
    "baseName": "deletionGracePeriodSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "deletionTimestamp",
    "baseName": "deletionTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "finalizers",
    "baseName": "finalizers",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "generateName",
    "baseName": "generateName",
    "type": "string",
    "format": ""
  },
  {
    "name": "generation",
    "baseName": "generation",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "labels",
    "baseName": "labels",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "managedFields",
    "baseName": "managedFields",
    "type": "Array<V1ManagedFieldsEntry>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "ownerReferences",
    "baseName": "ownerReferences",
    "type": "Array<V1OwnerReference>",
    "format": ""
  },
  {
    "name": "resourceVersion",
    "baseName": "resourceVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "selfLink",
    "baseName": "selfLink",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ObjectReference.js
var V1ObjectReference = class _V1ObjectReference {
  static getAttributeTypeMap() {
    return _V1ObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1ObjectReference.discriminator = void 0;
V1ObjectReference.mapping = void 0;
V1ObjectReference.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "fieldPath",
    "baseName": "fieldPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceVersion",
    "baseName": "resourceVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1OpaqueDeviceConfiguration.js
var V1OpaqueDeviceConfiguration = class _V1OpaqueDeviceConfiguration {
  static getAttributeTypeMap() {
    return _V1OpaqueDeviceConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1OpaqueDeviceConfiguration.discriminator = void 0;
V1OpaqueDeviceConfiguration.mapping = void 0;
V1OpaqueDeviceConfiguration.attributeTypeMap = [
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "parameters",
    "baseName": "parameters",
    "type": "any",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Overhead.js
var V1Overhead = class _V1Overhead {
  static getAttributeTypeMap() {
    return _V1Overhead.attributeTypeMap;
  }
  constructor() {
  }
};
V1Overhead.discriminator = void 0;
V1Overhead.mapping = void 0;
V1Overhead.attributeTypeMap = [
  {
    "name": "podFixed",
    "baseName": "podFixed",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1OwnerReference.js
var V1OwnerReference = class _V1OwnerReference {
  static getAttributeTypeMap() {
    return _V1OwnerReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1OwnerReference.discriminator = void 0;
V1OwnerReference.mapping = void 0;
V1OwnerReference.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "blockOwnerDeletion",
    "baseName": "blockOwnerDeletion",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "controller",
    "baseName": "controller",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ParamKind.js
var V1ParamKind = class _V1ParamKind {
  static getAttributeTypeMap() {
    return _V1ParamKind.attributeTypeMap;
  }
  constructor() {
  }
};
V1ParamKind.discriminator = void 0;
V1ParamKind.mapping = void 0;
V1ParamKind.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ParamRef.js
var V1ParamRef = class _V1ParamRef {
  static getAttributeTypeMap() {
    return _V1ParamRef.attributeTypeMap;
  }
  constructor() {
  }
};
V1ParamRef.discriminator = void 0;
V1ParamRef.mapping = void 0;
V1ParamRef.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "parameterNotFoundAction",
    "baseName": "parameterNotFoundAction",
    "type": "string",
    "format": ""
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ParentReference.js
var V1ParentReference = class _V1ParentReference {
  static getAttributeTypeMap() {
    return _V1ParentReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1ParentReference.discriminator = void 0;
V1ParentReference.mapping = void 0;
V1ParentReference.attributeTypeMap = [
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolume.js
var V1PersistentVolume = class _V1PersistentVolume {
  static getAttributeTypeMap() {
    return _V1PersistentVolume.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolume.discriminator = void 0;
V1PersistentVolume.mapping = void 0;
V1PersistentVolume.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1PersistentVolumeSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1PersistentVolumeStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeClaim.js
var V1PersistentVolumeClaim = class _V1PersistentVolumeClaim {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeClaim.discriminator = void 0;
V1PersistentVolumeClaim.mapping = void 0;
V1PersistentVolumeClaim.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1PersistentVolumeClaimSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1PersistentVolumeClaimStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeClaimCondition.js
var V1PersistentVolumeClaimCondition = class _V1PersistentVolumeClaimCondition {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeClaimCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeClaimCondition.discriminator = void 0;
V1PersistentVolumeClaimCondition.mapping = void 0;
V1PersistentVolumeClaimCondition.attributeTypeMap = [
  {
    "name": "lastProbeTime",
    "baseName": "lastProbeTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeClaimList.js
var V1PersistentVolumeClaimList = class _V1PersistentVolumeClaimList {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeClaimList.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeClaimList.discriminator = void 0;
V1PersistentVolumeClaimList.mapping = void 0;
V1PersistentVolumeClaimList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1PersistentVolumeClaim>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeClaimSpec.js
var V1PersistentVolumeClaimSpec = class _V1PersistentVolumeClaimSpec {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeClaimSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeClaimSpec.discriminator = void 0;
V1PersistentVolumeClaimSpec.mapping = void 0;
V1PersistentVolumeClaimSpec.attributeTypeMap = [
  {
    "name": "accessModes",
    "baseName": "accessModes",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "dataSource",
    "baseName": "dataSource",
    "type": "V1TypedLocalObjectReference",
    "format": ""
  },
  {
    "name": "dataSourceRef",
    "baseName": "dataSourceRef",
    "type": "V1TypedObjectReference",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "V1VolumeResourceRequirements",
    "format": ""
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "storageClassName",
    "baseName": "storageClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeAttributesClassName",
    "baseName": "volumeAttributesClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeMode",
    "baseName": "volumeMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeName",
    "baseName": "volumeName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeClaimStatus.js
var V1PersistentVolumeClaimStatus = class _V1PersistentVolumeClaimStatus {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeClaimStatus.discriminator = void 0;
V1PersistentVolumeClaimStatus.mapping = void 0;
V1PersistentVolumeClaimStatus.attributeTypeMap = [
  {
    "name": "accessModes",
    "baseName": "accessModes",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "allocatedResourceStatuses",
    "baseName": "allocatedResourceStatuses",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "allocatedResources",
    "baseName": "allocatedResources",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1PersistentVolumeClaimCondition>",
    "format": ""
  },
  {
    "name": "currentVolumeAttributesClassName",
    "baseName": "currentVolumeAttributesClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "modifyVolumeStatus",
    "baseName": "modifyVolumeStatus",
    "type": "V1ModifyVolumeStatus",
    "format": ""
  },
  {
    "name": "phase",
    "baseName": "phase",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeClaimTemplate.js
var V1PersistentVolumeClaimTemplate = class _V1PersistentVolumeClaimTemplate {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeClaimTemplate.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeClaimTemplate.discriminator = void 0;
V1PersistentVolumeClaimTemplate.mapping = void 0;
V1PersistentVolumeClaimTemplate.attributeTypeMap = [
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1PersistentVolumeClaimSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeClaimVolumeSource.js
var V1PersistentVolumeClaimVolumeSource = class _V1PersistentVolumeClaimVolumeSource {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeClaimVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeClaimVolumeSource.discriminator = void 0;
V1PersistentVolumeClaimVolumeSource.mapping = void 0;
V1PersistentVolumeClaimVolumeSource.attributeTypeMap = [
  {
    "name": "claimName",
    "baseName": "claimName",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeList.js
var V1PersistentVolumeList = class _V1PersistentVolumeList {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeList.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeList.discriminator = void 0;
V1PersistentVolumeList.mapping = void 0;
V1PersistentVolumeList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1PersistentVolume>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeSpec.js
var V1PersistentVolumeSpec = class _V1PersistentVolumeSpec {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeSpec.discriminator = void 0;
V1PersistentVolumeSpec.mapping = void 0;
V1PersistentVolumeSpec.attributeTypeMap = [
  {
    "name": "accessModes",
    "baseName": "accessModes",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "awsElasticBlockStore",
    "baseName": "awsElasticBlockStore",
    "type": "V1AWSElasticBlockStoreVolumeSource",
    "format": ""
  },
  {
    "name": "azureDisk",
    "baseName": "azureDisk",
    "type": "V1AzureDiskVolumeSource",
    "format": ""
  },
  {
    "name": "azureFile",
    "baseName": "azureFile",
    "type": "V1AzureFilePersistentVolumeSource",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "cephfs",
    "baseName": "cephfs",
    "type": "V1CephFSPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "cinder",
    "baseName": "cinder",
    "type": "V1CinderPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "claimRef",
    "baseName": "claimRef",
    "type": "V1ObjectReference",
    "format": ""
  },
  {
    "name": "csi",
    "baseName": "csi",
    "type": "V1CSIPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "fc",
    "baseName": "fc",
    "type": "V1FCVolumeSource",
    "format": ""
  },
  {
    "name": "flexVolume",
    "baseName": "flexVolume",
    "type": "V1FlexPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "flocker",
    "baseName": "flocker",
    "type": "V1FlockerVolumeSource",
    "format": ""
  },
  {
    "name": "gcePersistentDisk",
    "baseName": "gcePersistentDisk",
    "type": "V1GCEPersistentDiskVolumeSource",
    "format": ""
  },
  {
    "name": "glusterfs",
    "baseName": "glusterfs",
    "type": "V1GlusterfsPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "hostPath",
    "baseName": "hostPath",
    "type": "V1HostPathVolumeSource",
    "format": ""
  },
  {
    "name": "iscsi",
    "baseName": "iscsi",
    "type": "V1ISCSIPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "local",
    "baseName": "local",
    "type": "V1LocalVolumeSource",
    "format": ""
  },
  {
    "name": "mountOptions",
    "baseName": "mountOptions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "nfs",
    "baseName": "nfs",
    "type": "V1NFSVolumeSource",
    "format": ""
  },
  {
    "name": "nodeAffinity",
    "baseName": "nodeAffinity",
    "type": "V1VolumeNodeAffinity",
    "format": ""
  },
  {
    "name": "persistentVolumeReclaimPolicy",
    "baseName": "persistentVolumeReclaimPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "photonPersistentDisk",
    "baseName": "photonPersistentDisk",
    "type": "V1PhotonPersistentDiskVolumeSource",
    "format": ""
  },
  {
    "name": "portworxVolume",
    "baseName": "portworxVolume",
    "type": "V1PortworxVolumeSource",
    "format": ""
  },
  {
    "name": "quobyte",
    "baseName": "quobyte",
    "type": "V1QuobyteVolumeSource",
    "format": ""
  },
  {
    "name": "rbd",
    "baseName": "rbd",
    "type": "V1RBDPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "scaleIO",
    "baseName": "scaleIO",
    "type": "V1ScaleIOPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "storageClassName",
    "baseName": "storageClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "storageos",
    "baseName": "storageos",
    "type": "V1StorageOSPersistentVolumeSource",
    "format": ""
  },
  {
    "name": "volumeAttributesClassName",
    "baseName": "volumeAttributesClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeMode",
    "baseName": "volumeMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "vsphereVolume",
    "baseName": "vsphereVolume",
    "type": "V1VsphereVirtualDiskVolumeSource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PersistentVolumeStatus.js
var V1PersistentVolumeStatus = class _V1PersistentVolumeStatus {
  static getAttributeTypeMap() {
    return _V1PersistentVolumeStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PersistentVolumeStatus.discriminator = void 0;
V1PersistentVolumeStatus.mapping = void 0;
V1PersistentVolumeStatus.attributeTypeMap = [
  {
    "name": "lastPhaseTransitionTime",
    "baseName": "lastPhaseTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "phase",
    "baseName": "phase",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PhotonPersistentDiskVolumeSource.js
var V1PhotonPersistentDiskVolumeSource = class _V1PhotonPersistentDiskVolumeSource {
  static getAttributeTypeMap() {
    return _V1PhotonPersistentDiskVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1PhotonPersistentDiskVolumeSource.discriminator = void 0;
V1PhotonPersistentDiskVolumeSource.mapping = void 0;
V1PhotonPersistentDiskVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "pdID",
    "baseName": "pdID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Pod.js
var V1Pod = class _V1Pod {
  static getAttributeTypeMap() {
    return _V1Pod.attributeTypeMap;
  }
  constructor() {
  }
};
V1Pod.discriminator = void 0;
V1Pod.mapping = void 0;
V1Pod.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1PodSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1PodStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodAffinity.js
var V1PodAffinity = class _V1PodAffinity {
  static getAttributeTypeMap() {
    return _V1PodAffinity.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodAffinity.discriminator = void 0;
V1PodAffinity.mapping = void 0;
V1PodAffinity.attributeTypeMap = [
  {
    "name": "preferredDuringSchedulingIgnoredDuringExecution",
    "baseName": "preferredDuringSchedulingIgnoredDuringExecution",
    "type": "Array<V1WeightedPodAffinityTerm>",
    "format": ""
  },
  {
    "name": "requiredDuringSchedulingIgnoredDuringExecution",
    "baseName": "requiredDuringSchedulingIgnoredDuringExecution",
    "type": "Array<V1PodAffinityTerm>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodAffinityTerm.js
var V1PodAffinityTerm = class _V1PodAffinityTerm {
  static getAttributeTypeMap() {
    return _V1PodAffinityTerm.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodAffinityTerm.discriminator = void 0;
V1PodAffinityTerm.mapping = void 0;
V1PodAffinityTerm.attributeTypeMap = [
  {
    "name": "labelSelector",
    "baseName": "labelSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "matchLabelKeys",
    "baseName": "matchLabelKeys",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "mismatchLabelKeys",
    "baseName": "mismatchLabelKeys",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "namespaceSelector",
    "baseName": "namespaceSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "namespaces",
    "baseName": "namespaces",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "topologyKey",
    "baseName": "topologyKey",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodAntiAffinity.js
var V1PodAntiAffinity = class _V1PodAntiAffinity {
  static getAttributeTypeMap() {
    return _V1PodAntiAffinity.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodAntiAffinity.discriminator = void 0;
V1PodAntiAffinity.mapping = void 0;
V1PodAntiAffinity.attributeTypeMap = [
  {
    "name": "preferredDuringSchedulingIgnoredDuringExecution",
    "baseName": "preferredDuringSchedulingIgnoredDuringExecution",
    "type": "Array<V1WeightedPodAffinityTerm>",
    "format": ""
  },
  {
    "name": "requiredDuringSchedulingIgnoredDuringExecution",
    "baseName": "requiredDuringSchedulingIgnoredDuringExecution",
    "type": "Array<V1PodAffinityTerm>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodCertificateProjection.js
var V1PodCertificateProjection = class _V1PodCertificateProjection {
  static getAttributeTypeMap() {
    return _V1PodCertificateProjection.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodCertificateProjection.discriminator = void 0;
V1PodCertificateProjection.mapping = void 0;
V1PodCertificateProjection.attributeTypeMap = [
  {
    "name": "certificateChainPath",
    "baseName": "certificateChainPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "credentialBundlePath",
    "baseName": "credentialBundlePath",
    "type": "string",
    "format": ""
  },
  {
    "name": "keyPath",
    "baseName": "keyPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "keyType",
    "baseName": "keyType",
    "type": "string",
    "format": ""
  },
  {
    "name": "maxExpirationSeconds",
    "baseName": "maxExpirationSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "signerName",
    "baseName": "signerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "userAnnotations",
    "baseName": "userAnnotations",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodCondition.js
var V1PodCondition = class _V1PodCondition {
  static getAttributeTypeMap() {
    return _V1PodCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodCondition.discriminator = void 0;
V1PodCondition.mapping = void 0;
V1PodCondition.attributeTypeMap = [
  {
    "name": "lastProbeTime",
    "baseName": "lastProbeTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodDNSConfig.js
var V1PodDNSConfig = class _V1PodDNSConfig {
  static getAttributeTypeMap() {
    return _V1PodDNSConfig.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodDNSConfig.discriminator = void 0;
V1PodDNSConfig.mapping = void 0;
V1PodDNSConfig.attributeTypeMap = [
  {
    "name": "nameservers",
    "baseName": "nameservers",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "options",
    "baseName": "options",
    "type": "Array<V1PodDNSConfigOption>",
    "format": ""
  },
  {
    "name": "searches",
    "baseName": "searches",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodDNSConfigOption.js
var V1PodDNSConfigOption = class _V1PodDNSConfigOption {
  static getAttributeTypeMap() {
    return _V1PodDNSConfigOption.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodDNSConfigOption.discriminator = void 0;
V1PodDNSConfigOption.mapping = void 0;
V1PodDNSConfigOption.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodDisruptionBudget.js
var V1PodDisruptionBudget = class _V1PodDisruptionBudget {
  static getAttributeTypeMap() {
    return _V1PodDisruptionBudget.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodDisruptionBudget.discriminator = void 0;
V1PodDisruptionBudget.mapping = void 0;
V1PodDisruptionBudget.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1PodDisruptionBudgetSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1PodDisruptionBudgetStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodDisruptionBudgetList.js
var V1PodDisruptionBudgetList = class _V1PodDisruptionBudgetList {
  static getAttributeTypeMap() {
    return _V1PodDisruptionBudgetList.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodDisruptionBudgetList.discriminator = void 0;
V1PodDisruptionBudgetList.mapping = void 0;
V1PodDisruptionBudgetList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1PodDisruptionBudget>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodDisruptionBudgetSpec.js
var V1PodDisruptionBudgetSpec = class _V1PodDisruptionBudgetSpec {
  static getAttributeTypeMap() {
    return _V1PodDisruptionBudgetSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodDisruptionBudgetSpec.discriminator = void 0;
V1PodDisruptionBudgetSpec.mapping = void 0;
V1PodDisruptionBudgetSpec.attributeTypeMap = [
  {
    "name": "maxUnavailable",
    "baseName": "maxUnavailable",
    "type": "IntOrString",
    "format": "int-or-string"
  },
  {
    "name": "minAvailable",
    "baseName": "minAvailable",
    "type": "IntOrString",
    "format": "int-or-string"
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "unhealthyPodEvictionPolicy",
    "baseName": "unhealthyPodEvictionPolicy",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodDisruptionBudgetStatus.js
var V1PodDisruptionBudgetStatus = class _V1PodDisruptionBudgetStatus {
  static getAttributeTypeMap() {
    return _V1PodDisruptionBudgetStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodDisruptionBudgetStatus.discriminator = void 0;
V1PodDisruptionBudgetStatus.mapping = void 0;
V1PodDisruptionBudgetStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "currentHealthy",
    "baseName": "currentHealthy",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "desiredHealthy",
    "baseName": "desiredHealthy",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "disruptedPods",
    "baseName": "disruptedPods",
    "type": "{ [key: string]: Date; }",
    "format": "date-time"
  },
  {
    "name": "disruptionsAllowed",
    "baseName": "disruptionsAllowed",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "expectedPods",
    "baseName": "expectedPods",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodExtendedResourceClaimStatus.js
var V1PodExtendedResourceClaimStatus = class _V1PodExtendedResourceClaimStatus {
  static getAttributeTypeMap() {
    return _V1PodExtendedResourceClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodExtendedResourceClaimStatus.discriminator = void 0;
V1PodExtendedResourceClaimStatus.mapping = void 0;
V1PodExtendedResourceClaimStatus.attributeTypeMap = [
  {
    "name": "requestMappings",
    "baseName": "requestMappings",
    "type": "Array<V1ContainerExtendedResourceRequest>",
    "format": ""
  },
  {
    "name": "resourceClaimName",
    "baseName": "resourceClaimName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodFailurePolicy.js
var V1PodFailurePolicy = class _V1PodFailurePolicy {
  static getAttributeTypeMap() {
    return _V1PodFailurePolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodFailurePolicy.discriminator = void 0;
V1PodFailurePolicy.mapping = void 0;
V1PodFailurePolicy.attributeTypeMap = [
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1PodFailurePolicyRule>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodFailurePolicyOnExitCodesRequirement.js
var V1PodFailurePolicyOnExitCodesRequirement = class _V1PodFailurePolicyOnExitCodesRequirement {
  static getAttributeTypeMap() {
    return _V1PodFailurePolicyOnExitCodesRequirement.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodFailurePolicyOnExitCodesRequirement.discriminator = void 0;
V1PodFailurePolicyOnExitCodesRequirement.mapping = void 0;
V1PodFailurePolicyOnExitCodesRequirement.attributeTypeMap = [
  {
    "name": "containerName",
    "baseName": "containerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "values",
    "baseName": "values",
    "type": "Array<number>",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodFailurePolicyOnPodConditionsPattern.js
var V1PodFailurePolicyOnPodConditionsPattern = class _V1PodFailurePolicyOnPodConditionsPattern {
  static getAttributeTypeMap() {
    return _V1PodFailurePolicyOnPodConditionsPattern.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodFailurePolicyOnPodConditionsPattern.discriminator = void 0;
V1PodFailurePolicyOnPodConditionsPattern.mapping = void 0;
V1PodFailurePolicyOnPodConditionsPattern.attributeTypeMap = [
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodFailurePolicyRule.js
var V1PodFailurePolicyRule = class _V1PodFailurePolicyRule {
  static getAttributeTypeMap() {
    return _V1PodFailurePolicyRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodFailurePolicyRule.discriminator = void 0;
V1PodFailurePolicyRule.mapping = void 0;
V1PodFailurePolicyRule.attributeTypeMap = [
  {
    "name": "action",
    "baseName": "action",
    "type": "string",
    "format": ""
  },
  {
    "name": "onExitCodes",
    "baseName": "onExitCodes",
    "type": "V1PodFailurePolicyOnExitCodesRequirement",
    "format": ""
  },
  {
    "name": "onPodConditions",
    "baseName": "onPodConditions",
    "type": "Array<V1PodFailurePolicyOnPodConditionsPattern>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodIP.js
var V1PodIP = class _V1PodIP {
  static getAttributeTypeMap() {
    return _V1PodIP.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodIP.discriminator = void 0;
V1PodIP.mapping = void 0;
V1PodIP.attributeTypeMap = [
  {
    "name": "ip",
    "baseName": "ip",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodList.js
var V1PodList = class _V1PodList {
  static getAttributeTypeMap() {
    return _V1PodList.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodList.discriminator = void 0;
V1PodList.mapping = void 0;
V1PodList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Pod>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodOS.js
var V1PodOS = class _V1PodOS {
  static getAttributeTypeMap() {
    return _V1PodOS.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodOS.discriminator = void 0;
V1PodOS.mapping = void 0;
V1PodOS.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodReadinessGate.js
var V1PodReadinessGate = class _V1PodReadinessGate {
  static getAttributeTypeMap() {
    return _V1PodReadinessGate.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodReadinessGate.discriminator = void 0;
V1PodReadinessGate.mapping = void 0;
V1PodReadinessGate.attributeTypeMap = [
  {
    "name": "conditionType",
    "baseName": "conditionType",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodResourceClaim.js
var V1PodResourceClaim = class _V1PodResourceClaim {
  static getAttributeTypeMap() {
    return _V1PodResourceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodResourceClaim.discriminator = void 0;
V1PodResourceClaim.mapping = void 0;
V1PodResourceClaim.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaimName",
    "baseName": "resourceClaimName",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaimTemplateName",
    "baseName": "resourceClaimTemplateName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodResourceClaimStatus.js
var V1PodResourceClaimStatus = class _V1PodResourceClaimStatus {
  static getAttributeTypeMap() {
    return _V1PodResourceClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodResourceClaimStatus.discriminator = void 0;
V1PodResourceClaimStatus.mapping = void 0;
V1PodResourceClaimStatus.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaimName",
    "baseName": "resourceClaimName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodSchedulingGate.js
var V1PodSchedulingGate = class _V1PodSchedulingGate {
  static getAttributeTypeMap() {
    return _V1PodSchedulingGate.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodSchedulingGate.discriminator = void 0;
V1PodSchedulingGate.mapping = void 0;
V1PodSchedulingGate.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodSchedulingGroup.js
var V1PodSchedulingGroup = class _V1PodSchedulingGroup {
  static getAttributeTypeMap() {
    return _V1PodSchedulingGroup.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodSchedulingGroup.discriminator = void 0;
V1PodSchedulingGroup.mapping = void 0;
V1PodSchedulingGroup.attributeTypeMap = [
  {
    "name": "podGroupName",
    "baseName": "podGroupName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodSecurityContext.js
var V1PodSecurityContext = class _V1PodSecurityContext {
  static getAttributeTypeMap() {
    return _V1PodSecurityContext.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodSecurityContext.discriminator = void 0;
V1PodSecurityContext.mapping = void 0;
V1PodSecurityContext.attributeTypeMap = [
  {
    "name": "appArmorProfile",
    "baseName": "appArmorProfile",
    "type": "V1AppArmorProfile",
    "format": ""
  },
  {
    "name": "fsGroup",
    "baseName": "fsGroup",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "fsGroupChangePolicy",
    "baseName": "fsGroupChangePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "runAsGroup",
    "baseName": "runAsGroup",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "runAsNonRoot",
    "baseName": "runAsNonRoot",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "runAsUser",
    "baseName": "runAsUser",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "seLinuxChangePolicy",
    "baseName": "seLinuxChangePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "seLinuxOptions",
    "baseName": "seLinuxOptions",
    "type": "V1SELinuxOptions",
    "format": ""
  },
  {
    "name": "seccompProfile",
    "baseName": "seccompProfile",
    "type": "V1SeccompProfile",
    "format": ""
  },
  {
    "name": "supplementalGroups",
    "baseName": "supplementalGroups",
    "type": "Array<number>",
    "format": "int64"
  },
  {
    "name": "supplementalGroupsPolicy",
    "baseName": "supplementalGroupsPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "sysctls",
    "baseName": "sysctls",
    "type": "Array<V1Sysctl>",
    "format": ""
  },
  {
    "name": "windowsOptions",
    "baseName": "windowsOptions",
    "type": "V1WindowsSecurityContextOptions",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodSpec.js
var V1PodSpec = class _V1PodSpec {
  static getAttributeTypeMap() {
    return _V1PodSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodSpec.discriminator = void 0;
V1PodSpec.mapping = void 0;
V1PodSpec.attributeTypeMap = [
  {
    "name": "activeDeadlineSeconds",
    "baseName": "activeDeadlineSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "affinity",
    "baseName": "affinity",
    "type": "V1Affinity",
    "format": ""
  },
  {
    "name": "automountServiceAccountToken",
    "baseName": "automountServiceAccountToken",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "containers",
    "baseName": "containers",
    "type": "Array<V1Container>",
    "format": ""
  },
  {
    "name": "dnsConfig",
    "baseName": "dnsConfig",
    "type": "V1PodDNSConfig",
    "format": ""
  },
  {
    "name": "dnsPolicy",
    "baseName": "dnsPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "enableServiceLinks",
    "baseName": "enableServiceLinks",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "ephemeralContainers",
    "baseName": "ephemeralContainers",
    "type": "Array<V1EphemeralContainer>",
    "format": ""
  },
  {
    "name": "hostAliases",
    "baseName": "hostAliases",
    "type": "Array<V1HostAlias>",
    "format": ""
  },
  {
    "name": "hostIPC",
    "baseName": "hostIPC",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "hostNetwork",
    "baseName": "hostNetwork",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "hostPID",
    "baseName": "hostPID",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "hostUsers",
    "baseName": "hostUsers",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "hostname",
    "baseName": "hostname",
    "type": "string",
    "format": ""
  },
  {
    "name": "hostnameOverride",
    "baseName": "hostnameOverride",
    "type": "string",
    "format": ""
  },
  {
    "name": "imagePullSecrets",
    "baseName": "imagePullSecrets",
    "type": "Array<V1LocalObjectReference>",
    "format": ""
  },
  {
    "name": "initContainers",
    "baseName": "initContainers",
    "type": "Array<V1Container>",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "os",
    "baseName": "os",
    "type": "V1PodOS",
    "format": ""
  },
  {
    "name": "overhead",
    "baseName": "overhead",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "preemptionPolicy",
    "baseName": "preemptionPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "priority",
    "baseName": "priority",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "priorityClassName",
    "baseName": "priorityClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "readinessGates",
    "baseName": "readinessGates",
    "type": "Array<V1PodReadinessGate>",
    "format": ""
  },
  {
    "name": "resourceClaims",
    "baseName": "resourceClaims",
    "type": "Array<V1PodResourceClaim>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "V1ResourceRequirements",
    "format": ""
  },
  {
    "name": "restartPolicy",
    "baseName": "restartPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "runtimeClassName",
    "baseName": "runtimeClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "schedulerName",
    "baseName": "schedulerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "schedulingGates",
    "baseName": "schedulingGates",
    "type": "Array<V1PodSchedulingGate>",
    "format": ""
  },
  {
    "name": "schedulingGroup",
    "baseName": "schedulingGroup",
    "type": "V1PodSchedulingGroup",
    "format": ""
  },
  {
    "name": "securityContext",
    "baseName": "securityContext",
    "type": "V1PodSecurityContext",
    "format": ""
  },
  {
    "name": "serviceAccount",
    "baseName": "serviceAccount",
    "type": "string",
    "format": ""
  },
  {
    "name": "serviceAccountName",
    "baseName": "serviceAccountName",
    "type": "string",
    "format": ""
  },
  {
    "name": "setHostnameAsFQDN",
    "baseName": "setHostnameAsFQDN",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "shareProcessNamespace",
    "baseName": "shareProcessNamespace",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "subdomain",
    "baseName": "subdomain",
    "type": "string",
    "format": ""
  },
  {
    "name": "terminationGracePeriodSeconds",
    "baseName": "terminationGracePeriodSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1Toleration>",
    "format": ""
  },
  {
    "name": "topologySpreadConstraints",
    "baseName": "topologySpreadConstraints",
    "type": "Array<V1TopologySpreadConstraint>",
    "format": ""
  },
  {
    "name": "volumes",
    "baseName": "volumes",
    "type": "Array<V1Volume>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodStatus.js
var V1PodStatus = class _V1PodStatus {
  static getAttributeTypeMap() {
    return _V1PodStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodStatus.discriminator = void 0;
V1PodStatus.mapping = void 0;
V1PodStatus.attributeTypeMap = [
  {
    "name": "allocatedResources",
    "baseName": "allocatedResources",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1PodCondition>",
    "format": ""
  },
  {
    "name": "containerStatuses",
    "baseName": "containerStatuses",
    "type": "Array<V1ContainerStatus>",
    "format": ""
  },
  {
    "name": "ephemeralContainerStatuses",
    "baseName": "ephemeralContainerStatuses",
    "type": "Array<V1ContainerStatus>",
    "format": ""
  },
  {
    "name": "extendedResourceClaimStatus",
    "baseName": "extendedResourceClaimStatus",
    "type": "V1PodExtendedResourceClaimStatus",
    "format": ""
  },
  {
    "name": "hostIP",
    "baseName": "hostIP",
    "type": "string",
    "format": ""
  },
  {
    "name": "hostIPs",
    "baseName": "hostIPs",
    "type": "Array<V1HostIP>",
    "format": ""
  },
  {
    "name": "initContainerStatuses",
    "baseName": "initContainerStatuses",
    "type": "Array<V1ContainerStatus>",
    "format": ""
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeAllocatableResourceClaimStatuses",
    "baseName": "nodeAllocatableResourceClaimStatuses",
    "type": "Array<V1NodeAllocatableResourceClaimStatus>",
    "format": ""
  },
  {
    "name": "nominatedNodeName",
    "baseName": "nominatedNodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "phase",
    "baseName": "phase",
    "type": "string",
    "format": ""
  },
  {
    "name": "podIP",
    "baseName": "podIP",
    "type": "string",
    "format": ""
  },
  {
    "name": "podIPs",
    "baseName": "podIPs",
    "type": "Array<V1PodIP>",
    "format": ""
  },
  {
    "name": "qosClass",
    "baseName": "qosClass",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "resize",
    "baseName": "resize",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaimStatuses",
    "baseName": "resourceClaimStatuses",
    "type": "Array<V1PodResourceClaimStatus>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "V1ResourceRequirements",
    "format": ""
  },
  {
    "name": "startTime",
    "baseName": "startTime",
    "type": "Date",
    "format": "date-time"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodTemplate.js
var V1PodTemplate = class _V1PodTemplate {
  static getAttributeTypeMap() {
    return _V1PodTemplate.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodTemplate.discriminator = void 0;
V1PodTemplate.mapping = void 0;
V1PodTemplate.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "template",
    "baseName": "template",
    "type": "V1PodTemplateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodTemplateList.js
var V1PodTemplateList = class _V1PodTemplateList {
  static getAttributeTypeMap() {
    return _V1PodTemplateList.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodTemplateList.discriminator = void 0;
V1PodTemplateList.mapping = void 0;
V1PodTemplateList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1PodTemplate>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PodTemplateSpec.js
var V1PodTemplateSpec = class _V1PodTemplateSpec {
  static getAttributeTypeMap() {
    return _V1PodTemplateSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1PodTemplateSpec.discriminator = void 0;
V1PodTemplateSpec.mapping = void 0;
V1PodTemplateSpec.attributeTypeMap = [
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1PodSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PolicyRule.js
var V1PolicyRule = class _V1PolicyRule {
  static getAttributeTypeMap() {
    return _V1PolicyRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1PolicyRule.discriminator = void 0;
V1PolicyRule.mapping = void 0;
V1PolicyRule.attributeTypeMap = [
  {
    "name": "apiGroups",
    "baseName": "apiGroups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "nonResourceURLs",
    "baseName": "nonResourceURLs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resourceNames",
    "baseName": "resourceNames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "verbs",
    "baseName": "verbs",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PolicyRulesWithSubjects.js
var V1PolicyRulesWithSubjects = class _V1PolicyRulesWithSubjects {
  static getAttributeTypeMap() {
    return _V1PolicyRulesWithSubjects.attributeTypeMap;
  }
  constructor() {
  }
};
V1PolicyRulesWithSubjects.discriminator = void 0;
V1PolicyRulesWithSubjects.mapping = void 0;
V1PolicyRulesWithSubjects.attributeTypeMap = [
  {
    "name": "nonResourceRules",
    "baseName": "nonResourceRules",
    "type": "Array<V1NonResourcePolicyRule>",
    "format": ""
  },
  {
    "name": "resourceRules",
    "baseName": "resourceRules",
    "type": "Array<V1ResourcePolicyRule>",
    "format": ""
  },
  {
    "name": "subjects",
    "baseName": "subjects",
    "type": "Array<FlowcontrolV1Subject>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PortStatus.js
var V1PortStatus = class _V1PortStatus {
  static getAttributeTypeMap() {
    return _V1PortStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PortStatus.discriminator = void 0;
V1PortStatus.mapping = void 0;
V1PortStatus.attributeTypeMap = [
  {
    "name": "error",
    "baseName": "error",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "protocol",
    "baseName": "protocol",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PortworxVolumeSource.js
var V1PortworxVolumeSource = class _V1PortworxVolumeSource {
  static getAttributeTypeMap() {
    return _V1PortworxVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1PortworxVolumeSource.discriminator = void 0;
V1PortworxVolumeSource.mapping = void 0;
V1PortworxVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "volumeID",
    "baseName": "volumeID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Preconditions.js
var V1Preconditions = class _V1Preconditions {
  static getAttributeTypeMap() {
    return _V1Preconditions.attributeTypeMap;
  }
  constructor() {
  }
};
V1Preconditions.discriminator = void 0;
V1Preconditions.mapping = void 0;
V1Preconditions.attributeTypeMap = [
  {
    "name": "resourceVersion",
    "baseName": "resourceVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PreferredSchedulingTerm.js
var V1PreferredSchedulingTerm = class _V1PreferredSchedulingTerm {
  static getAttributeTypeMap() {
    return _V1PreferredSchedulingTerm.attributeTypeMap;
  }
  constructor() {
  }
};
V1PreferredSchedulingTerm.discriminator = void 0;
V1PreferredSchedulingTerm.mapping = void 0;
V1PreferredSchedulingTerm.attributeTypeMap = [
  {
    "name": "preference",
    "baseName": "preference",
    "type": "V1NodeSelectorTerm",
    "format": ""
  },
  {
    "name": "weight",
    "baseName": "weight",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityClass.js
var V1PriorityClass = class _V1PriorityClass {
  static getAttributeTypeMap() {
    return _V1PriorityClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityClass.discriminator = void 0;
V1PriorityClass.mapping = void 0;
V1PriorityClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "description",
    "baseName": "description",
    "type": "string",
    "format": ""
  },
  {
    "name": "globalDefault",
    "baseName": "globalDefault",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "preemptionPolicy",
    "baseName": "preemptionPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityClassList.js
var V1PriorityClassList = class _V1PriorityClassList {
  static getAttributeTypeMap() {
    return _V1PriorityClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityClassList.discriminator = void 0;
V1PriorityClassList.mapping = void 0;
V1PriorityClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1PriorityClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityLevelConfiguration.js
var V1PriorityLevelConfiguration = class _V1PriorityLevelConfiguration {
  static getAttributeTypeMap() {
    return _V1PriorityLevelConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityLevelConfiguration.discriminator = void 0;
V1PriorityLevelConfiguration.mapping = void 0;
V1PriorityLevelConfiguration.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1PriorityLevelConfigurationSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1PriorityLevelConfigurationStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityLevelConfigurationCondition.js
var V1PriorityLevelConfigurationCondition = class _V1PriorityLevelConfigurationCondition {
  static getAttributeTypeMap() {
    return _V1PriorityLevelConfigurationCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityLevelConfigurationCondition.discriminator = void 0;
V1PriorityLevelConfigurationCondition.mapping = void 0;
V1PriorityLevelConfigurationCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityLevelConfigurationList.js
var V1PriorityLevelConfigurationList = class _V1PriorityLevelConfigurationList {
  static getAttributeTypeMap() {
    return _V1PriorityLevelConfigurationList.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityLevelConfigurationList.discriminator = void 0;
V1PriorityLevelConfigurationList.mapping = void 0;
V1PriorityLevelConfigurationList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1PriorityLevelConfiguration>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityLevelConfigurationReference.js
var V1PriorityLevelConfigurationReference = class _V1PriorityLevelConfigurationReference {
  static getAttributeTypeMap() {
    return _V1PriorityLevelConfigurationReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityLevelConfigurationReference.discriminator = void 0;
V1PriorityLevelConfigurationReference.mapping = void 0;
V1PriorityLevelConfigurationReference.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityLevelConfigurationSpec.js
var V1PriorityLevelConfigurationSpec = class _V1PriorityLevelConfigurationSpec {
  static getAttributeTypeMap() {
    return _V1PriorityLevelConfigurationSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityLevelConfigurationSpec.discriminator = void 0;
V1PriorityLevelConfigurationSpec.mapping = void 0;
V1PriorityLevelConfigurationSpec.attributeTypeMap = [
  {
    "name": "exempt",
    "baseName": "exempt",
    "type": "V1ExemptPriorityLevelConfiguration",
    "format": ""
  },
  {
    "name": "limited",
    "baseName": "limited",
    "type": "V1LimitedPriorityLevelConfiguration",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1PriorityLevelConfigurationStatus.js
var V1PriorityLevelConfigurationStatus = class _V1PriorityLevelConfigurationStatus {
  static getAttributeTypeMap() {
    return _V1PriorityLevelConfigurationStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1PriorityLevelConfigurationStatus.discriminator = void 0;
V1PriorityLevelConfigurationStatus.mapping = void 0;
V1PriorityLevelConfigurationStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1PriorityLevelConfigurationCondition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Probe.js
var V1Probe = class _V1Probe {
  static getAttributeTypeMap() {
    return _V1Probe.attributeTypeMap;
  }
  constructor() {
  }
};
V1Probe.discriminator = void 0;
V1Probe.mapping = void 0;
V1Probe.attributeTypeMap = [
  {
    "name": "exec",
    "baseName": "exec",
    "type": "V1ExecAction",
    "format": ""
  },
  {
    "name": "failureThreshold",
    "baseName": "failureThreshold",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "grpc",
    "baseName": "grpc",
    "type": "V1GRPCAction",
    "format": ""
  },
  {
    "name": "httpGet",
    "baseName": "httpGet",
    "type": "V1HTTPGetAction",
    "format": ""
  },
  {
    "name": "initialDelaySeconds",
    "baseName": "initialDelaySeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "periodSeconds",
    "baseName": "periodSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "successThreshold",
    "baseName": "successThreshold",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "tcpSocket",
    "baseName": "tcpSocket",
    "type": "V1TCPSocketAction",
    "format": ""
  },
  {
    "name": "terminationGracePeriodSeconds",
    "baseName": "terminationGracePeriodSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "timeoutSeconds",
    "baseName": "timeoutSeconds",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ProjectedVolumeSource.js
var V1ProjectedVolumeSource = class _V1ProjectedVolumeSource {
  static getAttributeTypeMap() {
    return _V1ProjectedVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ProjectedVolumeSource.discriminator = void 0;
V1ProjectedVolumeSource.mapping = void 0;
V1ProjectedVolumeSource.attributeTypeMap = [
  {
    "name": "defaultMode",
    "baseName": "defaultMode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "sources",
    "baseName": "sources",
    "type": "Array<V1VolumeProjection>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1QueuingConfiguration.js
var V1QueuingConfiguration = class _V1QueuingConfiguration {
  static getAttributeTypeMap() {
    return _V1QueuingConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1QueuingConfiguration.discriminator = void 0;
V1QueuingConfiguration.mapping = void 0;
V1QueuingConfiguration.attributeTypeMap = [
  {
    "name": "handSize",
    "baseName": "handSize",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "queueLengthLimit",
    "baseName": "queueLengthLimit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "queues",
    "baseName": "queues",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1QuobyteVolumeSource.js
var V1QuobyteVolumeSource = class _V1QuobyteVolumeSource {
  static getAttributeTypeMap() {
    return _V1QuobyteVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1QuobyteVolumeSource.discriminator = void 0;
V1QuobyteVolumeSource.mapping = void 0;
V1QuobyteVolumeSource.attributeTypeMap = [
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "registry",
    "baseName": "registry",
    "type": "string",
    "format": ""
  },
  {
    "name": "tenant",
    "baseName": "tenant",
    "type": "string",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "string",
    "format": ""
  },
  {
    "name": "volume",
    "baseName": "volume",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RBDPersistentVolumeSource.js
var V1RBDPersistentVolumeSource = class _V1RBDPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1RBDPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1RBDPersistentVolumeSource.discriminator = void 0;
V1RBDPersistentVolumeSource.mapping = void 0;
V1RBDPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "image",
    "baseName": "image",
    "type": "string",
    "format": ""
  },
  {
    "name": "keyring",
    "baseName": "keyring",
    "type": "string",
    "format": ""
  },
  {
    "name": "monitors",
    "baseName": "monitors",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RBDVolumeSource.js
var V1RBDVolumeSource = class _V1RBDVolumeSource {
  static getAttributeTypeMap() {
    return _V1RBDVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1RBDVolumeSource.discriminator = void 0;
V1RBDVolumeSource.mapping = void 0;
V1RBDVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "image",
    "baseName": "image",
    "type": "string",
    "format": ""
  },
  {
    "name": "keyring",
    "baseName": "keyring",
    "type": "string",
    "format": ""
  },
  {
    "name": "monitors",
    "baseName": "monitors",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicaSet.js
var V1ReplicaSet = class _V1ReplicaSet {
  static getAttributeTypeMap() {
    return _V1ReplicaSet.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicaSet.discriminator = void 0;
V1ReplicaSet.mapping = void 0;
V1ReplicaSet.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ReplicaSetSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ReplicaSetStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicaSetCondition.js
var V1ReplicaSetCondition = class _V1ReplicaSetCondition {
  static getAttributeTypeMap() {
    return _V1ReplicaSetCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicaSetCondition.discriminator = void 0;
V1ReplicaSetCondition.mapping = void 0;
V1ReplicaSetCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicaSetList.js
var V1ReplicaSetList = class _V1ReplicaSetList {
  static getAttributeTypeMap() {
    return _V1ReplicaSetList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicaSetList.discriminator = void 0;
V1ReplicaSetList.mapping = void 0;
V1ReplicaSetList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ReplicaSet>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicaSetSpec.js
var V1ReplicaSetSpec = class _V1ReplicaSetSpec {
  static getAttributeTypeMap() {
    return _V1ReplicaSetSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicaSetSpec.discriminator = void 0;
V1ReplicaSetSpec.mapping = void 0;
V1ReplicaSetSpec.attributeTypeMap = [
  {
    "name": "minReadySeconds",
    "baseName": "minReadySeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "template",
    "baseName": "template",
    "type": "V1PodTemplateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicaSetStatus.js
var V1ReplicaSetStatus = class _V1ReplicaSetStatus {
  static getAttributeTypeMap() {
    return _V1ReplicaSetStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicaSetStatus.discriminator = void 0;
V1ReplicaSetStatus.mapping = void 0;
V1ReplicaSetStatus.attributeTypeMap = [
  {
    "name": "availableReplicas",
    "baseName": "availableReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1ReplicaSetCondition>",
    "format": ""
  },
  {
    "name": "fullyLabeledReplicas",
    "baseName": "fullyLabeledReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "readyReplicas",
    "baseName": "readyReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "terminatingReplicas",
    "baseName": "terminatingReplicas",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicationController.js
var V1ReplicationController = class _V1ReplicationController {
  static getAttributeTypeMap() {
    return _V1ReplicationController.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicationController.discriminator = void 0;
V1ReplicationController.mapping = void 0;
V1ReplicationController.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ReplicationControllerSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ReplicationControllerStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicationControllerCondition.js
var V1ReplicationControllerCondition = class _V1ReplicationControllerCondition {
  static getAttributeTypeMap() {
    return _V1ReplicationControllerCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicationControllerCondition.discriminator = void 0;
V1ReplicationControllerCondition.mapping = void 0;
V1ReplicationControllerCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicationControllerList.js
var V1ReplicationControllerList = class _V1ReplicationControllerList {
  static getAttributeTypeMap() {
    return _V1ReplicationControllerList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicationControllerList.discriminator = void 0;
V1ReplicationControllerList.mapping = void 0;
V1ReplicationControllerList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ReplicationController>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicationControllerSpec.js
var V1ReplicationControllerSpec = class _V1ReplicationControllerSpec {
  static getAttributeTypeMap() {
    return _V1ReplicationControllerSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicationControllerSpec.discriminator = void 0;
V1ReplicationControllerSpec.mapping = void 0;
V1ReplicationControllerSpec.attributeTypeMap = [
  {
    "name": "minReadySeconds",
    "baseName": "minReadySeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "template",
    "baseName": "template",
    "type": "V1PodTemplateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ReplicationControllerStatus.js
var V1ReplicationControllerStatus = class _V1ReplicationControllerStatus {
  static getAttributeTypeMap() {
    return _V1ReplicationControllerStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ReplicationControllerStatus.discriminator = void 0;
V1ReplicationControllerStatus.mapping = void 0;
V1ReplicationControllerStatus.attributeTypeMap = [
  {
    "name": "availableReplicas",
    "baseName": "availableReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1ReplicationControllerCondition>",
    "format": ""
  },
  {
    "name": "fullyLabeledReplicas",
    "baseName": "fullyLabeledReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "readyReplicas",
    "baseName": "readyReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceAttributes.js
var V1ResourceAttributes = class _V1ResourceAttributes {
  static getAttributeTypeMap() {
    return _V1ResourceAttributes.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceAttributes.discriminator = void 0;
V1ResourceAttributes.mapping = void 0;
V1ResourceAttributes.attributeTypeMap = [
  {
    "name": "fieldSelector",
    "baseName": "fieldSelector",
    "type": "V1FieldSelectorAttributes",
    "format": ""
  },
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "labelSelector",
    "baseName": "labelSelector",
    "type": "V1LabelSelectorAttributes",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  },
  {
    "name": "subresource",
    "baseName": "subresource",
    "type": "string",
    "format": ""
  },
  {
    "name": "verb",
    "baseName": "verb",
    "type": "string",
    "format": ""
  },
  {
    "name": "version",
    "baseName": "version",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceClaimConsumerReference.js
var V1ResourceClaimConsumerReference = class _V1ResourceClaimConsumerReference {
  static getAttributeTypeMap() {
    return _V1ResourceClaimConsumerReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceClaimConsumerReference.discriminator = void 0;
V1ResourceClaimConsumerReference.mapping = void 0;
V1ResourceClaimConsumerReference.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceClaimList.js
var V1ResourceClaimList = class _V1ResourceClaimList {
  static getAttributeTypeMap() {
    return _V1ResourceClaimList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceClaimList.discriminator = void 0;
V1ResourceClaimList.mapping = void 0;
V1ResourceClaimList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<ResourceV1ResourceClaim>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceClaimSpec.js
var V1ResourceClaimSpec = class _V1ResourceClaimSpec {
  static getAttributeTypeMap() {
    return _V1ResourceClaimSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceClaimSpec.discriminator = void 0;
V1ResourceClaimSpec.mapping = void 0;
V1ResourceClaimSpec.attributeTypeMap = [
  {
    "name": "devices",
    "baseName": "devices",
    "type": "V1DeviceClaim",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceClaimStatus.js
var V1ResourceClaimStatus = class _V1ResourceClaimStatus {
  static getAttributeTypeMap() {
    return _V1ResourceClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceClaimStatus.discriminator = void 0;
V1ResourceClaimStatus.mapping = void 0;
V1ResourceClaimStatus.attributeTypeMap = [
  {
    "name": "allocation",
    "baseName": "allocation",
    "type": "V1AllocationResult",
    "format": ""
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "Array<V1AllocatedDeviceStatus>",
    "format": ""
  },
  {
    "name": "reservedFor",
    "baseName": "reservedFor",
    "type": "Array<V1ResourceClaimConsumerReference>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceClaimTemplate.js
var V1ResourceClaimTemplate = class _V1ResourceClaimTemplate {
  static getAttributeTypeMap() {
    return _V1ResourceClaimTemplate.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceClaimTemplate.discriminator = void 0;
V1ResourceClaimTemplate.mapping = void 0;
V1ResourceClaimTemplate.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ResourceClaimTemplateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceClaimTemplateList.js
var V1ResourceClaimTemplateList = class _V1ResourceClaimTemplateList {
  static getAttributeTypeMap() {
    return _V1ResourceClaimTemplateList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceClaimTemplateList.discriminator = void 0;
V1ResourceClaimTemplateList.mapping = void 0;
V1ResourceClaimTemplateList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ResourceClaimTemplate>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceClaimTemplateSpec.js
var V1ResourceClaimTemplateSpec = class _V1ResourceClaimTemplateSpec {
  static getAttributeTypeMap() {
    return _V1ResourceClaimTemplateSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceClaimTemplateSpec.discriminator = void 0;
V1ResourceClaimTemplateSpec.mapping = void 0;
V1ResourceClaimTemplateSpec.attributeTypeMap = [
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ResourceClaimSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceFieldSelector.js
var V1ResourceFieldSelector = class _V1ResourceFieldSelector {
  static getAttributeTypeMap() {
    return _V1ResourceFieldSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceFieldSelector.discriminator = void 0;
V1ResourceFieldSelector.mapping = void 0;
V1ResourceFieldSelector.attributeTypeMap = [
  {
    "name": "containerName",
    "baseName": "containerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "divisor",
    "baseName": "divisor",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceHealth.js
var V1ResourceHealth = class _V1ResourceHealth {
  static getAttributeTypeMap() {
    return _V1ResourceHealth.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceHealth.discriminator = void 0;
V1ResourceHealth.mapping = void 0;
V1ResourceHealth.attributeTypeMap = [
  {
    "name": "health",
    "baseName": "health",
    "type": "string",
    "format": ""
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceID",
    "baseName": "resourceID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourcePolicyRule.js
var V1ResourcePolicyRule = class _V1ResourcePolicyRule {
  static getAttributeTypeMap() {
    return _V1ResourcePolicyRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourcePolicyRule.discriminator = void 0;
V1ResourcePolicyRule.mapping = void 0;
V1ResourcePolicyRule.attributeTypeMap = [
  {
    "name": "apiGroups",
    "baseName": "apiGroups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "clusterScope",
    "baseName": "clusterScope",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "namespaces",
    "baseName": "namespaces",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "verbs",
    "baseName": "verbs",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourcePool.js
var V1ResourcePool = class _V1ResourcePool {
  static getAttributeTypeMap() {
    return _V1ResourcePool.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourcePool.discriminator = void 0;
V1ResourcePool.mapping = void 0;
V1ResourcePool.attributeTypeMap = [
  {
    "name": "generation",
    "baseName": "generation",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceSliceCount",
    "baseName": "resourceSliceCount",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceQuota.js
var V1ResourceQuota = class _V1ResourceQuota {
  static getAttributeTypeMap() {
    return _V1ResourceQuota.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceQuota.discriminator = void 0;
V1ResourceQuota.mapping = void 0;
V1ResourceQuota.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ResourceQuotaSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ResourceQuotaStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceQuotaList.js
var V1ResourceQuotaList = class _V1ResourceQuotaList {
  static getAttributeTypeMap() {
    return _V1ResourceQuotaList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceQuotaList.discriminator = void 0;
V1ResourceQuotaList.mapping = void 0;
V1ResourceQuotaList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ResourceQuota>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceQuotaSpec.js
var V1ResourceQuotaSpec = class _V1ResourceQuotaSpec {
  static getAttributeTypeMap() {
    return _V1ResourceQuotaSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceQuotaSpec.discriminator = void 0;
V1ResourceQuotaSpec.mapping = void 0;
V1ResourceQuotaSpec.attributeTypeMap = [
  {
    "name": "hard",
    "baseName": "hard",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "scopeSelector",
    "baseName": "scopeSelector",
    "type": "V1ScopeSelector",
    "format": ""
  },
  {
    "name": "scopes",
    "baseName": "scopes",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceQuotaStatus.js
var V1ResourceQuotaStatus = class _V1ResourceQuotaStatus {
  static getAttributeTypeMap() {
    return _V1ResourceQuotaStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceQuotaStatus.discriminator = void 0;
V1ResourceQuotaStatus.mapping = void 0;
V1ResourceQuotaStatus.attributeTypeMap = [
  {
    "name": "hard",
    "baseName": "hard",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "used",
    "baseName": "used",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceRequirements.js
var V1ResourceRequirements = class _V1ResourceRequirements {
  static getAttributeTypeMap() {
    return _V1ResourceRequirements.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceRequirements.discriminator = void 0;
V1ResourceRequirements.mapping = void 0;
V1ResourceRequirements.attributeTypeMap = [
  {
    "name": "claims",
    "baseName": "claims",
    "type": "Array<CoreV1ResourceClaim>",
    "format": ""
  },
  {
    "name": "limits",
    "baseName": "limits",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceRule.js
var V1ResourceRule = class _V1ResourceRule {
  static getAttributeTypeMap() {
    return _V1ResourceRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceRule.discriminator = void 0;
V1ResourceRule.mapping = void 0;
V1ResourceRule.attributeTypeMap = [
  {
    "name": "apiGroups",
    "baseName": "apiGroups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resourceNames",
    "baseName": "resourceNames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "verbs",
    "baseName": "verbs",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceSlice.js
var V1ResourceSlice = class _V1ResourceSlice {
  static getAttributeTypeMap() {
    return _V1ResourceSlice.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceSlice.discriminator = void 0;
V1ResourceSlice.mapping = void 0;
V1ResourceSlice.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ResourceSliceSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceSliceList.js
var V1ResourceSliceList = class _V1ResourceSliceList {
  static getAttributeTypeMap() {
    return _V1ResourceSliceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceSliceList.discriminator = void 0;
V1ResourceSliceList.mapping = void 0;
V1ResourceSliceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ResourceSlice>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceSliceSpec.js
var V1ResourceSliceSpec = class _V1ResourceSliceSpec {
  static getAttributeTypeMap() {
    return _V1ResourceSliceSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceSliceSpec.discriminator = void 0;
V1ResourceSliceSpec.mapping = void 0;
V1ResourceSliceSpec.attributeTypeMap = [
  {
    "name": "allNodes",
    "baseName": "allNodes",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "Array<V1Device>",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  },
  {
    "name": "perDeviceNodeSelection",
    "baseName": "perDeviceNodeSelection",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "V1ResourcePool",
    "format": ""
  },
  {
    "name": "sharedCounters",
    "baseName": "sharedCounters",
    "type": "Array<V1CounterSet>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ResourceStatus.js
var V1ResourceStatus = class _V1ResourceStatus {
  static getAttributeTypeMap() {
    return _V1ResourceStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ResourceStatus.discriminator = void 0;
V1ResourceStatus.mapping = void 0;
V1ResourceStatus.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<V1ResourceHealth>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Role.js
var V1Role = class _V1Role {
  static getAttributeTypeMap() {
    return _V1Role.attributeTypeMap;
  }
  constructor() {
  }
};
V1Role.discriminator = void 0;
V1Role.mapping = void 0;
V1Role.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1PolicyRule>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RoleBinding.js
var V1RoleBinding = class _V1RoleBinding {
  static getAttributeTypeMap() {
    return _V1RoleBinding.attributeTypeMap;
  }
  constructor() {
  }
};
V1RoleBinding.discriminator = void 0;
V1RoleBinding.mapping = void 0;
V1RoleBinding.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "roleRef",
    "baseName": "roleRef",
    "type": "V1RoleRef",
    "format": ""
  },
  {
    "name": "subjects",
    "baseName": "subjects",
    "type": "Array<RbacV1Subject>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RoleBindingList.js
var V1RoleBindingList = class _V1RoleBindingList {
  static getAttributeTypeMap() {
    return _V1RoleBindingList.attributeTypeMap;
  }
  constructor() {
  }
};
V1RoleBindingList.discriminator = void 0;
V1RoleBindingList.mapping = void 0;
V1RoleBindingList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1RoleBinding>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RoleList.js
var V1RoleList = class _V1RoleList {
  static getAttributeTypeMap() {
    return _V1RoleList.attributeTypeMap;
  }
  constructor() {
  }
};
V1RoleList.discriminator = void 0;
V1RoleList.mapping = void 0;
V1RoleList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Role>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RoleRef.js
var V1RoleRef = class _V1RoleRef {
  static getAttributeTypeMap() {
    return _V1RoleRef.attributeTypeMap;
  }
  constructor() {
  }
};
V1RoleRef.discriminator = void 0;
V1RoleRef.mapping = void 0;
V1RoleRef.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RollingUpdateDaemonSet.js
var V1RollingUpdateDaemonSet = class _V1RollingUpdateDaemonSet {
  static getAttributeTypeMap() {
    return _V1RollingUpdateDaemonSet.attributeTypeMap;
  }
  constructor() {
  }
};
V1RollingUpdateDaemonSet.discriminator = void 0;
V1RollingUpdateDaemonSet.mapping = void 0;
V1RollingUpdateDaemonSet.attributeTypeMap = [
  {
    "name": "maxSurge",
    "baseName": "maxSurge",
    "type": "IntOrString",
    "format": "int-or-string"
  },
  {
    "name": "maxUnavailable",
    "baseName": "maxUnavailable",
    "type": "IntOrString",
    "format": "int-or-string"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RollingUpdateDeployment.js
var V1RollingUpdateDeployment = class _V1RollingUpdateDeployment {
  static getAttributeTypeMap() {
    return _V1RollingUpdateDeployment.attributeTypeMap;
  }
  constructor() {
  }
};
V1RollingUpdateDeployment.discriminator = void 0;
V1RollingUpdateDeployment.mapping = void 0;
V1RollingUpdateDeployment.attributeTypeMap = [
  {
    "name": "maxSurge",
    "baseName": "maxSurge",
    "type": "IntOrString",
    "format": "int-or-string"
  },
  {
    "name": "maxUnavailable",
    "baseName": "maxUnavailable",
    "type": "IntOrString",
    "format": "int-or-string"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RollingUpdateStatefulSetStrategy.js
var V1RollingUpdateStatefulSetStrategy = class _V1RollingUpdateStatefulSetStrategy {
  static getAttributeTypeMap() {
    return _V1RollingUpdateStatefulSetStrategy.attributeTypeMap;
  }
  constructor() {
  }
};
V1RollingUpdateStatefulSetStrategy.discriminator = void 0;
V1RollingUpdateStatefulSetStrategy.mapping = void 0;
V1RollingUpdateStatefulSetStrategy.attributeTypeMap = [
  {
    "name": "maxUnavailable",
    "baseName": "maxUnavailable",
    "type": "IntOrString",
    "format": "int-or-string"
  },
  {
    "name": "partition",
    "baseName": "partition",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RuleWithOperations.js
var V1RuleWithOperations = class _V1RuleWithOperations {
  static getAttributeTypeMap() {
    return _V1RuleWithOperations.attributeTypeMap;
  }
  constructor() {
  }
};
V1RuleWithOperations.discriminator = void 0;
V1RuleWithOperations.mapping = void 0;
V1RuleWithOperations.attributeTypeMap = [
  {
    "name": "apiGroups",
    "baseName": "apiGroups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "apiVersions",
    "baseName": "apiVersions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "operations",
    "baseName": "operations",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "scope",
    "baseName": "scope",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RuntimeClass.js
var V1RuntimeClass = class _V1RuntimeClass {
  static getAttributeTypeMap() {
    return _V1RuntimeClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1RuntimeClass.discriminator = void 0;
V1RuntimeClass.mapping = void 0;
V1RuntimeClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "handler",
    "baseName": "handler",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "overhead",
    "baseName": "overhead",
    "type": "V1Overhead",
    "format": ""
  },
  {
    "name": "scheduling",
    "baseName": "scheduling",
    "type": "V1Scheduling",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1RuntimeClassList.js
var V1RuntimeClassList = class _V1RuntimeClassList {
  static getAttributeTypeMap() {
    return _V1RuntimeClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1RuntimeClassList.discriminator = void 0;
V1RuntimeClassList.mapping = void 0;
V1RuntimeClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1RuntimeClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SELinuxOptions.js
var V1SELinuxOptions = class _V1SELinuxOptions {
  static getAttributeTypeMap() {
    return _V1SELinuxOptions.attributeTypeMap;
  }
  constructor() {
  }
};
V1SELinuxOptions.discriminator = void 0;
V1SELinuxOptions.mapping = void 0;
V1SELinuxOptions.attributeTypeMap = [
  {
    "name": "level",
    "baseName": "level",
    "type": "string",
    "format": ""
  },
  {
    "name": "role",
    "baseName": "role",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Scale.js
var V1Scale = class _V1Scale {
  static getAttributeTypeMap() {
    return _V1Scale.attributeTypeMap;
  }
  constructor() {
  }
};
V1Scale.discriminator = void 0;
V1Scale.mapping = void 0;
V1Scale.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ScaleSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ScaleStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ScaleIOPersistentVolumeSource.js
var V1ScaleIOPersistentVolumeSource = class _V1ScaleIOPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1ScaleIOPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ScaleIOPersistentVolumeSource.discriminator = void 0;
V1ScaleIOPersistentVolumeSource.mapping = void 0;
V1ScaleIOPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "gateway",
    "baseName": "gateway",
    "type": "string",
    "format": ""
  },
  {
    "name": "protectionDomain",
    "baseName": "protectionDomain",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1SecretReference",
    "format": ""
  },
  {
    "name": "sslEnabled",
    "baseName": "sslEnabled",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "storageMode",
    "baseName": "storageMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "storagePool",
    "baseName": "storagePool",
    "type": "string",
    "format": ""
  },
  {
    "name": "system",
    "baseName": "system",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeName",
    "baseName": "volumeName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ScaleIOVolumeSource.js
var V1ScaleIOVolumeSource = class _V1ScaleIOVolumeSource {
  static getAttributeTypeMap() {
    return _V1ScaleIOVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1ScaleIOVolumeSource.discriminator = void 0;
V1ScaleIOVolumeSource.mapping = void 0;
V1ScaleIOVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "gateway",
    "baseName": "gateway",
    "type": "string",
    "format": ""
  },
  {
    "name": "protectionDomain",
    "baseName": "protectionDomain",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  },
  {
    "name": "sslEnabled",
    "baseName": "sslEnabled",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "storageMode",
    "baseName": "storageMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "storagePool",
    "baseName": "storagePool",
    "type": "string",
    "format": ""
  },
  {
    "name": "system",
    "baseName": "system",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeName",
    "baseName": "volumeName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ScaleSpec.js
var V1ScaleSpec = class _V1ScaleSpec {
  static getAttributeTypeMap() {
    return _V1ScaleSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ScaleSpec.discriminator = void 0;
V1ScaleSpec.mapping = void 0;
V1ScaleSpec.attributeTypeMap = [
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ScaleStatus.js
var V1ScaleStatus = class _V1ScaleStatus {
  static getAttributeTypeMap() {
    return _V1ScaleStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ScaleStatus.discriminator = void 0;
V1ScaleStatus.mapping = void 0;
V1ScaleStatus.attributeTypeMap = [
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Scheduling.js
var V1Scheduling = class _V1Scheduling {
  static getAttributeTypeMap() {
    return _V1Scheduling.attributeTypeMap;
  }
  constructor() {
  }
};
V1Scheduling.discriminator = void 0;
V1Scheduling.mapping = void 0;
V1Scheduling.attributeTypeMap = [
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1Toleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ScopeSelector.js
var V1ScopeSelector = class _V1ScopeSelector {
  static getAttributeTypeMap() {
    return _V1ScopeSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1ScopeSelector.discriminator = void 0;
V1ScopeSelector.mapping = void 0;
V1ScopeSelector.attributeTypeMap = [
  {
    "name": "matchExpressions",
    "baseName": "matchExpressions",
    "type": "Array<V1ScopedResourceSelectorRequirement>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ScopedResourceSelectorRequirement.js
var V1ScopedResourceSelectorRequirement = class _V1ScopedResourceSelectorRequirement {
  static getAttributeTypeMap() {
    return _V1ScopedResourceSelectorRequirement.attributeTypeMap;
  }
  constructor() {
  }
};
V1ScopedResourceSelectorRequirement.discriminator = void 0;
V1ScopedResourceSelectorRequirement.mapping = void 0;
V1ScopedResourceSelectorRequirement.attributeTypeMap = [
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "scopeName",
    "baseName": "scopeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "values",
    "baseName": "values",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SeccompProfile.js
var V1SeccompProfile = class _V1SeccompProfile {
  static getAttributeTypeMap() {
    return _V1SeccompProfile.attributeTypeMap;
  }
  constructor() {
  }
};
V1SeccompProfile.discriminator = void 0;
V1SeccompProfile.mapping = void 0;
V1SeccompProfile.attributeTypeMap = [
  {
    "name": "localhostProfile",
    "baseName": "localhostProfile",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Secret.js
var V1Secret = class _V1Secret {
  static getAttributeTypeMap() {
    return _V1Secret.attributeTypeMap;
  }
  constructor() {
  }
};
V1Secret.discriminator = void 0;
V1Secret.mapping = void 0;
V1Secret.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "data",
    "baseName": "data",
    "type": "{ [key: string]: string; }",
    "format": "byte"
  },
  {
    "name": "immutable",
    "baseName": "immutable",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "stringData",
    "baseName": "stringData",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SecretEnvSource.js
var V1SecretEnvSource = class _V1SecretEnvSource {
  static getAttributeTypeMap() {
    return _V1SecretEnvSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1SecretEnvSource.discriminator = void 0;
V1SecretEnvSource.mapping = void 0;
V1SecretEnvSource.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SecretKeySelector.js
var V1SecretKeySelector = class _V1SecretKeySelector {
  static getAttributeTypeMap() {
    return _V1SecretKeySelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1SecretKeySelector.discriminator = void 0;
V1SecretKeySelector.mapping = void 0;
V1SecretKeySelector.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SecretList.js
var V1SecretList = class _V1SecretList {
  static getAttributeTypeMap() {
    return _V1SecretList.attributeTypeMap;
  }
  constructor() {
  }
};
V1SecretList.discriminator = void 0;
V1SecretList.mapping = void 0;
V1SecretList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Secret>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SecretProjection.js
var V1SecretProjection = class _V1SecretProjection {
  static getAttributeTypeMap() {
    return _V1SecretProjection.attributeTypeMap;
  }
  constructor() {
  }
};
V1SecretProjection.discriminator = void 0;
V1SecretProjection.mapping = void 0;
V1SecretProjection.attributeTypeMap = [
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1KeyToPath>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SecretReference.js
var V1SecretReference = class _V1SecretReference {
  static getAttributeTypeMap() {
    return _V1SecretReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1SecretReference.discriminator = void 0;
V1SecretReference.mapping = void 0;
V1SecretReference.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SecretVolumeSource.js
var V1SecretVolumeSource = class _V1SecretVolumeSource {
  static getAttributeTypeMap() {
    return _V1SecretVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1SecretVolumeSource.discriminator = void 0;
V1SecretVolumeSource.mapping = void 0;
V1SecretVolumeSource.attributeTypeMap = [
  {
    "name": "defaultMode",
    "baseName": "defaultMode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1KeyToPath>",
    "format": ""
  },
  {
    "name": "optional",
    "baseName": "optional",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretName",
    "baseName": "secretName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SecurityContext.js
var V1SecurityContext = class _V1SecurityContext {
  static getAttributeTypeMap() {
    return _V1SecurityContext.attributeTypeMap;
  }
  constructor() {
  }
};
V1SecurityContext.discriminator = void 0;
V1SecurityContext.mapping = void 0;
V1SecurityContext.attributeTypeMap = [
  {
    "name": "allowPrivilegeEscalation",
    "baseName": "allowPrivilegeEscalation",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "appArmorProfile",
    "baseName": "appArmorProfile",
    "type": "V1AppArmorProfile",
    "format": ""
  },
  {
    "name": "capabilities",
    "baseName": "capabilities",
    "type": "V1Capabilities",
    "format": ""
  },
  {
    "name": "privileged",
    "baseName": "privileged",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "procMount",
    "baseName": "procMount",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnlyRootFilesystem",
    "baseName": "readOnlyRootFilesystem",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "runAsGroup",
    "baseName": "runAsGroup",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "runAsNonRoot",
    "baseName": "runAsNonRoot",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "runAsUser",
    "baseName": "runAsUser",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "seLinuxOptions",
    "baseName": "seLinuxOptions",
    "type": "V1SELinuxOptions",
    "format": ""
  },
  {
    "name": "seccompProfile",
    "baseName": "seccompProfile",
    "type": "V1SeccompProfile",
    "format": ""
  },
  {
    "name": "windowsOptions",
    "baseName": "windowsOptions",
    "type": "V1WindowsSecurityContextOptions",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SelectableField.js
var V1SelectableField = class _V1SelectableField {
  static getAttributeTypeMap() {
    return _V1SelectableField.attributeTypeMap;
  }
  constructor() {
  }
};
V1SelectableField.discriminator = void 0;
V1SelectableField.mapping = void 0;
V1SelectableField.attributeTypeMap = [
  {
    "name": "jsonPath",
    "baseName": "jsonPath",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SelfSubjectAccessReview.js
var V1SelfSubjectAccessReview = class _V1SelfSubjectAccessReview {
  static getAttributeTypeMap() {
    return _V1SelfSubjectAccessReview.attributeTypeMap;
  }
  constructor() {
  }
};
V1SelfSubjectAccessReview.discriminator = void 0;
V1SelfSubjectAccessReview.mapping = void 0;
V1SelfSubjectAccessReview.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1SelfSubjectAccessReviewSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1SubjectAccessReviewStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SelfSubjectAccessReviewSpec.js
var V1SelfSubjectAccessReviewSpec = class _V1SelfSubjectAccessReviewSpec {
  static getAttributeTypeMap() {
    return _V1SelfSubjectAccessReviewSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1SelfSubjectAccessReviewSpec.discriminator = void 0;
V1SelfSubjectAccessReviewSpec.mapping = void 0;
V1SelfSubjectAccessReviewSpec.attributeTypeMap = [
  {
    "name": "nonResourceAttributes",
    "baseName": "nonResourceAttributes",
    "type": "V1NonResourceAttributes",
    "format": ""
  },
  {
    "name": "resourceAttributes",
    "baseName": "resourceAttributes",
    "type": "V1ResourceAttributes",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SelfSubjectReview.js
var V1SelfSubjectReview = class _V1SelfSubjectReview {
  static getAttributeTypeMap() {
    return _V1SelfSubjectReview.attributeTypeMap;
  }
  constructor() {
  }
};
V1SelfSubjectReview.discriminator = void 0;
V1SelfSubjectReview.mapping = void 0;
V1SelfSubjectReview.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1SelfSubjectReviewStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SelfSubjectReviewStatus.js
var V1SelfSubjectReviewStatus = class _V1SelfSubjectReviewStatus {
  static getAttributeTypeMap() {
    return _V1SelfSubjectReviewStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1SelfSubjectReviewStatus.discriminator = void 0;
V1SelfSubjectReviewStatus.mapping = void 0;
V1SelfSubjectReviewStatus.attributeTypeMap = [
  {
    "name": "userInfo",
    "baseName": "userInfo",
    "type": "V1UserInfo",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SelfSubjectRulesReview.js
var V1SelfSubjectRulesReview = class _V1SelfSubjectRulesReview {
  static getAttributeTypeMap() {
    return _V1SelfSubjectRulesReview.attributeTypeMap;
  }
  constructor() {
  }
};
V1SelfSubjectRulesReview.discriminator = void 0;
V1SelfSubjectRulesReview.mapping = void 0;
V1SelfSubjectRulesReview.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1SelfSubjectRulesReviewSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1SubjectRulesReviewStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SelfSubjectRulesReviewSpec.js
var V1SelfSubjectRulesReviewSpec = class _V1SelfSubjectRulesReviewSpec {
  static getAttributeTypeMap() {
    return _V1SelfSubjectRulesReviewSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1SelfSubjectRulesReviewSpec.discriminator = void 0;
V1SelfSubjectRulesReviewSpec.mapping = void 0;
V1SelfSubjectRulesReviewSpec.attributeTypeMap = [
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServerAddressByClientCIDR.js
var V1ServerAddressByClientCIDR = class _V1ServerAddressByClientCIDR {
  static getAttributeTypeMap() {
    return _V1ServerAddressByClientCIDR.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServerAddressByClientCIDR.discriminator = void 0;
V1ServerAddressByClientCIDR.mapping = void 0;
V1ServerAddressByClientCIDR.attributeTypeMap = [
  {
    "name": "clientCIDR",
    "baseName": "clientCIDR",
    "type": "string",
    "format": ""
  },
  {
    "name": "serverAddress",
    "baseName": "serverAddress",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Service.js
var V1Service = class _V1Service {
  static getAttributeTypeMap() {
    return _V1Service.attributeTypeMap;
  }
  constructor() {
  }
};
V1Service.discriminator = void 0;
V1Service.mapping = void 0;
V1Service.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ServiceSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ServiceStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceAccount.js
var V1ServiceAccount = class _V1ServiceAccount {
  static getAttributeTypeMap() {
    return _V1ServiceAccount.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceAccount.discriminator = void 0;
V1ServiceAccount.mapping = void 0;
V1ServiceAccount.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "automountServiceAccountToken",
    "baseName": "automountServiceAccountToken",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "imagePullSecrets",
    "baseName": "imagePullSecrets",
    "type": "Array<V1LocalObjectReference>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "secrets",
    "baseName": "secrets",
    "type": "Array<V1ObjectReference>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceAccountList.js
var V1ServiceAccountList = class _V1ServiceAccountList {
  static getAttributeTypeMap() {
    return _V1ServiceAccountList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceAccountList.discriminator = void 0;
V1ServiceAccountList.mapping = void 0;
V1ServiceAccountList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ServiceAccount>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceAccountSubject.js
var V1ServiceAccountSubject = class _V1ServiceAccountSubject {
  static getAttributeTypeMap() {
    return _V1ServiceAccountSubject.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceAccountSubject.discriminator = void 0;
V1ServiceAccountSubject.mapping = void 0;
V1ServiceAccountSubject.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceAccountTokenProjection.js
var V1ServiceAccountTokenProjection = class _V1ServiceAccountTokenProjection {
  static getAttributeTypeMap() {
    return _V1ServiceAccountTokenProjection.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceAccountTokenProjection.discriminator = void 0;
V1ServiceAccountTokenProjection.mapping = void 0;
V1ServiceAccountTokenProjection.attributeTypeMap = [
  {
    "name": "audience",
    "baseName": "audience",
    "type": "string",
    "format": ""
  },
  {
    "name": "expirationSeconds",
    "baseName": "expirationSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "path",
    "baseName": "path",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceBackendPort.js
var V1ServiceBackendPort = class _V1ServiceBackendPort {
  static getAttributeTypeMap() {
    return _V1ServiceBackendPort.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceBackendPort.discriminator = void 0;
V1ServiceBackendPort.mapping = void 0;
V1ServiceBackendPort.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "number",
    "baseName": "number",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceCIDR.js
var V1ServiceCIDR = class _V1ServiceCIDR {
  static getAttributeTypeMap() {
    return _V1ServiceCIDR.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceCIDR.discriminator = void 0;
V1ServiceCIDR.mapping = void 0;
V1ServiceCIDR.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ServiceCIDRSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ServiceCIDRStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceCIDRList.js
var V1ServiceCIDRList = class _V1ServiceCIDRList {
  static getAttributeTypeMap() {
    return _V1ServiceCIDRList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceCIDRList.discriminator = void 0;
V1ServiceCIDRList.mapping = void 0;
V1ServiceCIDRList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ServiceCIDR>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceCIDRSpec.js
var V1ServiceCIDRSpec = class _V1ServiceCIDRSpec {
  static getAttributeTypeMap() {
    return _V1ServiceCIDRSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceCIDRSpec.discriminator = void 0;
V1ServiceCIDRSpec.mapping = void 0;
V1ServiceCIDRSpec.attributeTypeMap = [
  {
    "name": "cidrs",
    "baseName": "cidrs",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceCIDRStatus.js
var V1ServiceCIDRStatus = class _V1ServiceCIDRStatus {
  static getAttributeTypeMap() {
    return _V1ServiceCIDRStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceCIDRStatus.discriminator = void 0;
V1ServiceCIDRStatus.mapping = void 0;
V1ServiceCIDRStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceList.js
var V1ServiceList = class _V1ServiceList {
  static getAttributeTypeMap() {
    return _V1ServiceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceList.discriminator = void 0;
V1ServiceList.mapping = void 0;
V1ServiceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1Service>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServicePort.js
var V1ServicePort = class _V1ServicePort {
  static getAttributeTypeMap() {
    return _V1ServicePort.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServicePort.discriminator = void 0;
V1ServicePort.mapping = void 0;
V1ServicePort.attributeTypeMap = [
  {
    "name": "appProtocol",
    "baseName": "appProtocol",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodePort",
    "baseName": "nodePort",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "protocol",
    "baseName": "protocol",
    "type": "string",
    "format": ""
  },
  {
    "name": "targetPort",
    "baseName": "targetPort",
    "type": "IntOrString",
    "format": "int-or-string"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceSpec.js
var V1ServiceSpec = class _V1ServiceSpec {
  static getAttributeTypeMap() {
    return _V1ServiceSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceSpec.discriminator = void 0;
V1ServiceSpec.mapping = void 0;
V1ServiceSpec.attributeTypeMap = [
  {
    "name": "allocateLoadBalancerNodePorts",
    "baseName": "allocateLoadBalancerNodePorts",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "clusterIP",
    "baseName": "clusterIP",
    "type": "string",
    "format": ""
  },
  {
    "name": "clusterIPs",
    "baseName": "clusterIPs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "externalIPs",
    "baseName": "externalIPs",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "externalName",
    "baseName": "externalName",
    "type": "string",
    "format": ""
  },
  {
    "name": "externalTrafficPolicy",
    "baseName": "externalTrafficPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "healthCheckNodePort",
    "baseName": "healthCheckNodePort",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "internalTrafficPolicy",
    "baseName": "internalTrafficPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "ipFamilies",
    "baseName": "ipFamilies",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "ipFamilyPolicy",
    "baseName": "ipFamilyPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "loadBalancerClass",
    "baseName": "loadBalancerClass",
    "type": "string",
    "format": ""
  },
  {
    "name": "loadBalancerIP",
    "baseName": "loadBalancerIP",
    "type": "string",
    "format": ""
  },
  {
    "name": "loadBalancerSourceRanges",
    "baseName": "loadBalancerSourceRanges",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "ports",
    "baseName": "ports",
    "type": "Array<V1ServicePort>",
    "format": ""
  },
  {
    "name": "publishNotReadyAddresses",
    "baseName": "publishNotReadyAddresses",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "sessionAffinity",
    "baseName": "sessionAffinity",
    "type": "string",
    "format": ""
  },
  {
    "name": "sessionAffinityConfig",
    "baseName": "sessionAffinityConfig",
    "type": "V1SessionAffinityConfig",
    "format": ""
  },
  {
    "name": "trafficDistribution",
    "baseName": "trafficDistribution",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ServiceStatus.js
var V1ServiceStatus = class _V1ServiceStatus {
  static getAttributeTypeMap() {
    return _V1ServiceStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ServiceStatus.discriminator = void 0;
V1ServiceStatus.mapping = void 0;
V1ServiceStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "loadBalancer",
    "baseName": "loadBalancer",
    "type": "V1LoadBalancerStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SessionAffinityConfig.js
var V1SessionAffinityConfig = class _V1SessionAffinityConfig {
  static getAttributeTypeMap() {
    return _V1SessionAffinityConfig.attributeTypeMap;
  }
  constructor() {
  }
};
V1SessionAffinityConfig.discriminator = void 0;
V1SessionAffinityConfig.mapping = void 0;
V1SessionAffinityConfig.attributeTypeMap = [
  {
    "name": "clientIP",
    "baseName": "clientIP",
    "type": "V1ClientIPConfig",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ShardInfo.js
var V1ShardInfo = class _V1ShardInfo {
  static getAttributeTypeMap() {
    return _V1ShardInfo.attributeTypeMap;
  }
  constructor() {
  }
};
V1ShardInfo.discriminator = void 0;
V1ShardInfo.mapping = void 0;
V1ShardInfo.attributeTypeMap = [
  {
    "name": "selector",
    "baseName": "selector",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SleepAction.js
var V1SleepAction = class _V1SleepAction {
  static getAttributeTypeMap() {
    return _V1SleepAction.attributeTypeMap;
  }
  constructor() {
  }
};
V1SleepAction.discriminator = void 0;
V1SleepAction.mapping = void 0;
V1SleepAction.attributeTypeMap = [
  {
    "name": "seconds",
    "baseName": "seconds",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSet.js
var V1StatefulSet = class _V1StatefulSet {
  static getAttributeTypeMap() {
    return _V1StatefulSet.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSet.discriminator = void 0;
V1StatefulSet.mapping = void 0;
V1StatefulSet.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1StatefulSetSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1StatefulSetStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSetCondition.js
var V1StatefulSetCondition = class _V1StatefulSetCondition {
  static getAttributeTypeMap() {
    return _V1StatefulSetCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSetCondition.discriminator = void 0;
V1StatefulSetCondition.mapping = void 0;
V1StatefulSetCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSetList.js
var V1StatefulSetList = class _V1StatefulSetList {
  static getAttributeTypeMap() {
    return _V1StatefulSetList.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSetList.discriminator = void 0;
V1StatefulSetList.mapping = void 0;
V1StatefulSetList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1StatefulSet>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSetOrdinals.js
var V1StatefulSetOrdinals = class _V1StatefulSetOrdinals {
  static getAttributeTypeMap() {
    return _V1StatefulSetOrdinals.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSetOrdinals.discriminator = void 0;
V1StatefulSetOrdinals.mapping = void 0;
V1StatefulSetOrdinals.attributeTypeMap = [
  {
    "name": "start",
    "baseName": "start",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSetPersistentVolumeClaimRetentionPolicy.js
var V1StatefulSetPersistentVolumeClaimRetentionPolicy = class _V1StatefulSetPersistentVolumeClaimRetentionPolicy {
  static getAttributeTypeMap() {
    return _V1StatefulSetPersistentVolumeClaimRetentionPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSetPersistentVolumeClaimRetentionPolicy.discriminator = void 0;
V1StatefulSetPersistentVolumeClaimRetentionPolicy.mapping = void 0;
V1StatefulSetPersistentVolumeClaimRetentionPolicy.attributeTypeMap = [
  {
    "name": "whenDeleted",
    "baseName": "whenDeleted",
    "type": "string",
    "format": ""
  },
  {
    "name": "whenScaled",
    "baseName": "whenScaled",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSetSpec.js
var V1StatefulSetSpec = class _V1StatefulSetSpec {
  static getAttributeTypeMap() {
    return _V1StatefulSetSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSetSpec.discriminator = void 0;
V1StatefulSetSpec.mapping = void 0;
V1StatefulSetSpec.attributeTypeMap = [
  {
    "name": "minReadySeconds",
    "baseName": "minReadySeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "ordinals",
    "baseName": "ordinals",
    "type": "V1StatefulSetOrdinals",
    "format": ""
  },
  {
    "name": "persistentVolumeClaimRetentionPolicy",
    "baseName": "persistentVolumeClaimRetentionPolicy",
    "type": "V1StatefulSetPersistentVolumeClaimRetentionPolicy",
    "format": ""
  },
  {
    "name": "podManagementPolicy",
    "baseName": "podManagementPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "revisionHistoryLimit",
    "baseName": "revisionHistoryLimit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "serviceName",
    "baseName": "serviceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "template",
    "baseName": "template",
    "type": "V1PodTemplateSpec",
    "format": ""
  },
  {
    "name": "updateStrategy",
    "baseName": "updateStrategy",
    "type": "V1StatefulSetUpdateStrategy",
    "format": ""
  },
  {
    "name": "volumeClaimTemplates",
    "baseName": "volumeClaimTemplates",
    "type": "Array<V1PersistentVolumeClaim>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSetStatus.js
var V1StatefulSetStatus = class _V1StatefulSetStatus {
  static getAttributeTypeMap() {
    return _V1StatefulSetStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSetStatus.discriminator = void 0;
V1StatefulSetStatus.mapping = void 0;
V1StatefulSetStatus.attributeTypeMap = [
  {
    "name": "availableReplicas",
    "baseName": "availableReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "collisionCount",
    "baseName": "collisionCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1StatefulSetCondition>",
    "format": ""
  },
  {
    "name": "currentReplicas",
    "baseName": "currentReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "currentRevision",
    "baseName": "currentRevision",
    "type": "string",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "readyReplicas",
    "baseName": "readyReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "replicas",
    "baseName": "replicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "updateRevision",
    "baseName": "updateRevision",
    "type": "string",
    "format": ""
  },
  {
    "name": "updatedReplicas",
    "baseName": "updatedReplicas",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatefulSetUpdateStrategy.js
var V1StatefulSetUpdateStrategy = class _V1StatefulSetUpdateStrategy {
  static getAttributeTypeMap() {
    return _V1StatefulSetUpdateStrategy.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatefulSetUpdateStrategy.discriminator = void 0;
V1StatefulSetUpdateStrategy.mapping = void 0;
V1StatefulSetUpdateStrategy.attributeTypeMap = [
  {
    "name": "rollingUpdate",
    "baseName": "rollingUpdate",
    "type": "V1RollingUpdateStatefulSetStrategy",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Status.js
var V1Status = class _V1Status {
  static getAttributeTypeMap() {
    return _V1Status.attributeTypeMap;
  }
  constructor() {
  }
};
V1Status.discriminator = void 0;
V1Status.mapping = void 0;
V1Status.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "code",
    "baseName": "code",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "details",
    "baseName": "details",
    "type": "V1StatusDetails",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatusCause.js
var V1StatusCause = class _V1StatusCause {
  static getAttributeTypeMap() {
    return _V1StatusCause.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatusCause.discriminator = void 0;
V1StatusCause.mapping = void 0;
V1StatusCause.attributeTypeMap = [
  {
    "name": "field",
    "baseName": "field",
    "type": "string",
    "format": ""
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StatusDetails.js
var V1StatusDetails = class _V1StatusDetails {
  static getAttributeTypeMap() {
    return _V1StatusDetails.attributeTypeMap;
  }
  constructor() {
  }
};
V1StatusDetails.discriminator = void 0;
V1StatusDetails.mapping = void 0;
V1StatusDetails.attributeTypeMap = [
  {
    "name": "causes",
    "baseName": "causes",
    "type": "Array<V1StatusCause>",
    "format": ""
  },
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "retryAfterSeconds",
    "baseName": "retryAfterSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StorageClass.js
var V1StorageClass = class _V1StorageClass {
  static getAttributeTypeMap() {
    return _V1StorageClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1StorageClass.discriminator = void 0;
V1StorageClass.mapping = void 0;
V1StorageClass.attributeTypeMap = [
  {
    "name": "allowVolumeExpansion",
    "baseName": "allowVolumeExpansion",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "allowedTopologies",
    "baseName": "allowedTopologies",
    "type": "Array<V1TopologySelectorTerm>",
    "format": ""
  },
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "mountOptions",
    "baseName": "mountOptions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "parameters",
    "baseName": "parameters",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "provisioner",
    "baseName": "provisioner",
    "type": "string",
    "format": ""
  },
  {
    "name": "reclaimPolicy",
    "baseName": "reclaimPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeBindingMode",
    "baseName": "volumeBindingMode",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StorageClassList.js
var V1StorageClassList = class _V1StorageClassList {
  static getAttributeTypeMap() {
    return _V1StorageClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1StorageClassList.discriminator = void 0;
V1StorageClassList.mapping = void 0;
V1StorageClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1StorageClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StorageOSPersistentVolumeSource.js
var V1StorageOSPersistentVolumeSource = class _V1StorageOSPersistentVolumeSource {
  static getAttributeTypeMap() {
    return _V1StorageOSPersistentVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1StorageOSPersistentVolumeSource.discriminator = void 0;
V1StorageOSPersistentVolumeSource.mapping = void 0;
V1StorageOSPersistentVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1ObjectReference",
    "format": ""
  },
  {
    "name": "volumeName",
    "baseName": "volumeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeNamespace",
    "baseName": "volumeNamespace",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1StorageOSVolumeSource.js
var V1StorageOSVolumeSource = class _V1StorageOSVolumeSource {
  static getAttributeTypeMap() {
    return _V1StorageOSVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1StorageOSVolumeSource.discriminator = void 0;
V1StorageOSVolumeSource.mapping = void 0;
V1StorageOSVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "secretRef",
    "baseName": "secretRef",
    "type": "V1LocalObjectReference",
    "format": ""
  },
  {
    "name": "volumeName",
    "baseName": "volumeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeNamespace",
    "baseName": "volumeNamespace",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SubjectAccessReview.js
var V1SubjectAccessReview = class _V1SubjectAccessReview {
  static getAttributeTypeMap() {
    return _V1SubjectAccessReview.attributeTypeMap;
  }
  constructor() {
  }
};
V1SubjectAccessReview.discriminator = void 0;
V1SubjectAccessReview.mapping = void 0;
V1SubjectAccessReview.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1SubjectAccessReviewSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1SubjectAccessReviewStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SubjectAccessReviewSpec.js
var V1SubjectAccessReviewSpec = class _V1SubjectAccessReviewSpec {
  static getAttributeTypeMap() {
    return _V1SubjectAccessReviewSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1SubjectAccessReviewSpec.discriminator = void 0;
V1SubjectAccessReviewSpec.mapping = void 0;
V1SubjectAccessReviewSpec.attributeTypeMap = [
  {
    "name": "extra",
    "baseName": "extra",
    "type": "{ [key: string]: Array<string>; }",
    "format": ""
  },
  {
    "name": "groups",
    "baseName": "groups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "nonResourceAttributes",
    "baseName": "nonResourceAttributes",
    "type": "V1NonResourceAttributes",
    "format": ""
  },
  {
    "name": "resourceAttributes",
    "baseName": "resourceAttributes",
    "type": "V1ResourceAttributes",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SubjectAccessReviewStatus.js
var V1SubjectAccessReviewStatus = class _V1SubjectAccessReviewStatus {
  static getAttributeTypeMap() {
    return _V1SubjectAccessReviewStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1SubjectAccessReviewStatus.discriminator = void 0;
V1SubjectAccessReviewStatus.mapping = void 0;
V1SubjectAccessReviewStatus.attributeTypeMap = [
  {
    "name": "allowed",
    "baseName": "allowed",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "denied",
    "baseName": "denied",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "evaluationError",
    "baseName": "evaluationError",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SubjectRulesReviewStatus.js
var V1SubjectRulesReviewStatus = class _V1SubjectRulesReviewStatus {
  static getAttributeTypeMap() {
    return _V1SubjectRulesReviewStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1SubjectRulesReviewStatus.discriminator = void 0;
V1SubjectRulesReviewStatus.mapping = void 0;
V1SubjectRulesReviewStatus.attributeTypeMap = [
  {
    "name": "evaluationError",
    "baseName": "evaluationError",
    "type": "string",
    "format": ""
  },
  {
    "name": "incomplete",
    "baseName": "incomplete",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "nonResourceRules",
    "baseName": "nonResourceRules",
    "type": "Array<V1NonResourceRule>",
    "format": ""
  },
  {
    "name": "resourceRules",
    "baseName": "resourceRules",
    "type": "Array<V1ResourceRule>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SuccessPolicy.js
var V1SuccessPolicy = class _V1SuccessPolicy {
  static getAttributeTypeMap() {
    return _V1SuccessPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1SuccessPolicy.discriminator = void 0;
V1SuccessPolicy.mapping = void 0;
V1SuccessPolicy.attributeTypeMap = [
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1SuccessPolicyRule>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1SuccessPolicyRule.js
var V1SuccessPolicyRule = class _V1SuccessPolicyRule {
  static getAttributeTypeMap() {
    return _V1SuccessPolicyRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1SuccessPolicyRule.discriminator = void 0;
V1SuccessPolicyRule.mapping = void 0;
V1SuccessPolicyRule.attributeTypeMap = [
  {
    "name": "succeededCount",
    "baseName": "succeededCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "succeededIndexes",
    "baseName": "succeededIndexes",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Sysctl.js
var V1Sysctl = class _V1Sysctl {
  static getAttributeTypeMap() {
    return _V1Sysctl.attributeTypeMap;
  }
  constructor() {
  }
};
V1Sysctl.discriminator = void 0;
V1Sysctl.mapping = void 0;
V1Sysctl.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TCPSocketAction.js
var V1TCPSocketAction = class _V1TCPSocketAction {
  static getAttributeTypeMap() {
    return _V1TCPSocketAction.attributeTypeMap;
  }
  constructor() {
  }
};
V1TCPSocketAction.discriminator = void 0;
V1TCPSocketAction.mapping = void 0;
V1TCPSocketAction.attributeTypeMap = [
  {
    "name": "host",
    "baseName": "host",
    "type": "string",
    "format": ""
  },
  {
    "name": "port",
    "baseName": "port",
    "type": "IntOrString",
    "format": "int-or-string"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Taint.js
var V1Taint = class _V1Taint {
  static getAttributeTypeMap() {
    return _V1Taint.attributeTypeMap;
  }
  constructor() {
  }
};
V1Taint.discriminator = void 0;
V1Taint.mapping = void 0;
V1Taint.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "timeAdded",
    "baseName": "timeAdded",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TokenRequestSpec.js
var V1TokenRequestSpec = class _V1TokenRequestSpec {
  static getAttributeTypeMap() {
    return _V1TokenRequestSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1TokenRequestSpec.discriminator = void 0;
V1TokenRequestSpec.mapping = void 0;
V1TokenRequestSpec.attributeTypeMap = [
  {
    "name": "audiences",
    "baseName": "audiences",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "boundObjectRef",
    "baseName": "boundObjectRef",
    "type": "V1BoundObjectReference",
    "format": ""
  },
  {
    "name": "expirationSeconds",
    "baseName": "expirationSeconds",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TokenRequestStatus.js
var V1TokenRequestStatus = class _V1TokenRequestStatus {
  static getAttributeTypeMap() {
    return _V1TokenRequestStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1TokenRequestStatus.discriminator = void 0;
V1TokenRequestStatus.mapping = void 0;
V1TokenRequestStatus.attributeTypeMap = [
  {
    "name": "expirationTimestamp",
    "baseName": "expirationTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "token",
    "baseName": "token",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TokenReview.js
var V1TokenReview = class _V1TokenReview {
  static getAttributeTypeMap() {
    return _V1TokenReview.attributeTypeMap;
  }
  constructor() {
  }
};
V1TokenReview.discriminator = void 0;
V1TokenReview.mapping = void 0;
V1TokenReview.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1TokenReviewSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1TokenReviewStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TokenReviewSpec.js
var V1TokenReviewSpec = class _V1TokenReviewSpec {
  static getAttributeTypeMap() {
    return _V1TokenReviewSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1TokenReviewSpec.discriminator = void 0;
V1TokenReviewSpec.mapping = void 0;
V1TokenReviewSpec.attributeTypeMap = [
  {
    "name": "audiences",
    "baseName": "audiences",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "token",
    "baseName": "token",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TokenReviewStatus.js
var V1TokenReviewStatus = class _V1TokenReviewStatus {
  static getAttributeTypeMap() {
    return _V1TokenReviewStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1TokenReviewStatus.discriminator = void 0;
V1TokenReviewStatus.mapping = void 0;
V1TokenReviewStatus.attributeTypeMap = [
  {
    "name": "audiences",
    "baseName": "audiences",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "authenticated",
    "baseName": "authenticated",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "error",
    "baseName": "error",
    "type": "string",
    "format": ""
  },
  {
    "name": "user",
    "baseName": "user",
    "type": "V1UserInfo",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Toleration.js
var V1Toleration = class _V1Toleration {
  static getAttributeTypeMap() {
    return _V1Toleration.attributeTypeMap;
  }
  constructor() {
  }
};
V1Toleration.discriminator = void 0;
V1Toleration.mapping = void 0;
V1Toleration.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "tolerationSeconds",
    "baseName": "tolerationSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TopologySelectorLabelRequirement.js
var V1TopologySelectorLabelRequirement = class _V1TopologySelectorLabelRequirement {
  static getAttributeTypeMap() {
    return _V1TopologySelectorLabelRequirement.attributeTypeMap;
  }
  constructor() {
  }
};
V1TopologySelectorLabelRequirement.discriminator = void 0;
V1TopologySelectorLabelRequirement.mapping = void 0;
V1TopologySelectorLabelRequirement.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "values",
    "baseName": "values",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TopologySelectorTerm.js
var V1TopologySelectorTerm = class _V1TopologySelectorTerm {
  static getAttributeTypeMap() {
    return _V1TopologySelectorTerm.attributeTypeMap;
  }
  constructor() {
  }
};
V1TopologySelectorTerm.discriminator = void 0;
V1TopologySelectorTerm.mapping = void 0;
V1TopologySelectorTerm.attributeTypeMap = [
  {
    "name": "matchLabelExpressions",
    "baseName": "matchLabelExpressions",
    "type": "Array<V1TopologySelectorLabelRequirement>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TopologySpreadConstraint.js
var V1TopologySpreadConstraint = class _V1TopologySpreadConstraint {
  static getAttributeTypeMap() {
    return _V1TopologySpreadConstraint.attributeTypeMap;
  }
  constructor() {
  }
};
V1TopologySpreadConstraint.discriminator = void 0;
V1TopologySpreadConstraint.mapping = void 0;
V1TopologySpreadConstraint.attributeTypeMap = [
  {
    "name": "labelSelector",
    "baseName": "labelSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "matchLabelKeys",
    "baseName": "matchLabelKeys",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "maxSkew",
    "baseName": "maxSkew",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "minDomains",
    "baseName": "minDomains",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "nodeAffinityPolicy",
    "baseName": "nodeAffinityPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeTaintsPolicy",
    "baseName": "nodeTaintsPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "topologyKey",
    "baseName": "topologyKey",
    "type": "string",
    "format": ""
  },
  {
    "name": "whenUnsatisfiable",
    "baseName": "whenUnsatisfiable",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TypeChecking.js
var V1TypeChecking = class _V1TypeChecking {
  static getAttributeTypeMap() {
    return _V1TypeChecking.attributeTypeMap;
  }
  constructor() {
  }
};
V1TypeChecking.discriminator = void 0;
V1TypeChecking.mapping = void 0;
V1TypeChecking.attributeTypeMap = [
  {
    "name": "expressionWarnings",
    "baseName": "expressionWarnings",
    "type": "Array<V1ExpressionWarning>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TypedLocalObjectReference.js
var V1TypedLocalObjectReference = class _V1TypedLocalObjectReference {
  static getAttributeTypeMap() {
    return _V1TypedLocalObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1TypedLocalObjectReference.discriminator = void 0;
V1TypedLocalObjectReference.mapping = void 0;
V1TypedLocalObjectReference.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1TypedObjectReference.js
var V1TypedObjectReference = class _V1TypedObjectReference {
  static getAttributeTypeMap() {
    return _V1TypedObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1TypedObjectReference.discriminator = void 0;
V1TypedObjectReference.mapping = void 0;
V1TypedObjectReference.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1UncountedTerminatedPods.js
var V1UncountedTerminatedPods = class _V1UncountedTerminatedPods {
  static getAttributeTypeMap() {
    return _V1UncountedTerminatedPods.attributeTypeMap;
  }
  constructor() {
  }
};
V1UncountedTerminatedPods.discriminator = void 0;
V1UncountedTerminatedPods.mapping = void 0;
V1UncountedTerminatedPods.attributeTypeMap = [
  {
    "name": "failed",
    "baseName": "failed",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "succeeded",
    "baseName": "succeeded",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1UserInfo.js
var V1UserInfo = class _V1UserInfo {
  static getAttributeTypeMap() {
    return _V1UserInfo.attributeTypeMap;
  }
  constructor() {
  }
};
V1UserInfo.discriminator = void 0;
V1UserInfo.mapping = void 0;
V1UserInfo.attributeTypeMap = [
  {
    "name": "extra",
    "baseName": "extra",
    "type": "{ [key: string]: Array<string>; }",
    "format": ""
  },
  {
    "name": "groups",
    "baseName": "groups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  },
  {
    "name": "username",
    "baseName": "username",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1UserSubject.js
var V1UserSubject = class _V1UserSubject {
  static getAttributeTypeMap() {
    return _V1UserSubject.attributeTypeMap;
  }
  constructor() {
  }
};
V1UserSubject.discriminator = void 0;
V1UserSubject.mapping = void 0;
V1UserSubject.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingAdmissionPolicy.js
var V1ValidatingAdmissionPolicy = class _V1ValidatingAdmissionPolicy {
  static getAttributeTypeMap() {
    return _V1ValidatingAdmissionPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingAdmissionPolicy.discriminator = void 0;
V1ValidatingAdmissionPolicy.mapping = void 0;
V1ValidatingAdmissionPolicy.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ValidatingAdmissionPolicySpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1ValidatingAdmissionPolicyStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingAdmissionPolicyBinding.js
var V1ValidatingAdmissionPolicyBinding = class _V1ValidatingAdmissionPolicyBinding {
  static getAttributeTypeMap() {
    return _V1ValidatingAdmissionPolicyBinding.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingAdmissionPolicyBinding.discriminator = void 0;
V1ValidatingAdmissionPolicyBinding.mapping = void 0;
V1ValidatingAdmissionPolicyBinding.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1ValidatingAdmissionPolicyBindingSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingAdmissionPolicyBindingList.js
var V1ValidatingAdmissionPolicyBindingList = class _V1ValidatingAdmissionPolicyBindingList {
  static getAttributeTypeMap() {
    return _V1ValidatingAdmissionPolicyBindingList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingAdmissionPolicyBindingList.discriminator = void 0;
V1ValidatingAdmissionPolicyBindingList.mapping = void 0;
V1ValidatingAdmissionPolicyBindingList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ValidatingAdmissionPolicyBinding>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingAdmissionPolicyBindingSpec.js
var V1ValidatingAdmissionPolicyBindingSpec = class _V1ValidatingAdmissionPolicyBindingSpec {
  static getAttributeTypeMap() {
    return _V1ValidatingAdmissionPolicyBindingSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingAdmissionPolicyBindingSpec.discriminator = void 0;
V1ValidatingAdmissionPolicyBindingSpec.mapping = void 0;
V1ValidatingAdmissionPolicyBindingSpec.attributeTypeMap = [
  {
    "name": "matchResources",
    "baseName": "matchResources",
    "type": "V1MatchResources",
    "format": ""
  },
  {
    "name": "paramRef",
    "baseName": "paramRef",
    "type": "V1ParamRef",
    "format": ""
  },
  {
    "name": "policyName",
    "baseName": "policyName",
    "type": "string",
    "format": ""
  },
  {
    "name": "validationActions",
    "baseName": "validationActions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingAdmissionPolicyList.js
var V1ValidatingAdmissionPolicyList = class _V1ValidatingAdmissionPolicyList {
  static getAttributeTypeMap() {
    return _V1ValidatingAdmissionPolicyList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingAdmissionPolicyList.discriminator = void 0;
V1ValidatingAdmissionPolicyList.mapping = void 0;
V1ValidatingAdmissionPolicyList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ValidatingAdmissionPolicy>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingAdmissionPolicySpec.js
var V1ValidatingAdmissionPolicySpec = class _V1ValidatingAdmissionPolicySpec {
  static getAttributeTypeMap() {
    return _V1ValidatingAdmissionPolicySpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingAdmissionPolicySpec.discriminator = void 0;
V1ValidatingAdmissionPolicySpec.mapping = void 0;
V1ValidatingAdmissionPolicySpec.attributeTypeMap = [
  {
    "name": "auditAnnotations",
    "baseName": "auditAnnotations",
    "type": "Array<V1AuditAnnotation>",
    "format": ""
  },
  {
    "name": "failurePolicy",
    "baseName": "failurePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchConditions",
    "baseName": "matchConditions",
    "type": "Array<V1MatchCondition>",
    "format": ""
  },
  {
    "name": "matchConstraints",
    "baseName": "matchConstraints",
    "type": "V1MatchResources",
    "format": ""
  },
  {
    "name": "paramKind",
    "baseName": "paramKind",
    "type": "V1ParamKind",
    "format": ""
  },
  {
    "name": "validations",
    "baseName": "validations",
    "type": "Array<V1Validation>",
    "format": ""
  },
  {
    "name": "variables",
    "baseName": "variables",
    "type": "Array<V1Variable>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingAdmissionPolicyStatus.js
var V1ValidatingAdmissionPolicyStatus = class _V1ValidatingAdmissionPolicyStatus {
  static getAttributeTypeMap() {
    return _V1ValidatingAdmissionPolicyStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingAdmissionPolicyStatus.discriminator = void 0;
V1ValidatingAdmissionPolicyStatus.mapping = void 0;
V1ValidatingAdmissionPolicyStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "typeChecking",
    "baseName": "typeChecking",
    "type": "V1TypeChecking",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingWebhook.js
var V1ValidatingWebhook = class _V1ValidatingWebhook {
  static getAttributeTypeMap() {
    return _V1ValidatingWebhook.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingWebhook.discriminator = void 0;
V1ValidatingWebhook.mapping = void 0;
V1ValidatingWebhook.attributeTypeMap = [
  {
    "name": "admissionReviewVersions",
    "baseName": "admissionReviewVersions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "clientConfig",
    "baseName": "clientConfig",
    "type": "AdmissionregistrationV1WebhookClientConfig",
    "format": ""
  },
  {
    "name": "failurePolicy",
    "baseName": "failurePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchConditions",
    "baseName": "matchConditions",
    "type": "Array<V1MatchCondition>",
    "format": ""
  },
  {
    "name": "matchPolicy",
    "baseName": "matchPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespaceSelector",
    "baseName": "namespaceSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "objectSelector",
    "baseName": "objectSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "rules",
    "baseName": "rules",
    "type": "Array<V1RuleWithOperations>",
    "format": ""
  },
  {
    "name": "sideEffects",
    "baseName": "sideEffects",
    "type": "string",
    "format": ""
  },
  {
    "name": "timeoutSeconds",
    "baseName": "timeoutSeconds",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingWebhookConfiguration.js
var V1ValidatingWebhookConfiguration = class _V1ValidatingWebhookConfiguration {
  static getAttributeTypeMap() {
    return _V1ValidatingWebhookConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingWebhookConfiguration.discriminator = void 0;
V1ValidatingWebhookConfiguration.mapping = void 0;
V1ValidatingWebhookConfiguration.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "webhooks",
    "baseName": "webhooks",
    "type": "Array<V1ValidatingWebhook>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidatingWebhookConfigurationList.js
var V1ValidatingWebhookConfigurationList = class _V1ValidatingWebhookConfigurationList {
  static getAttributeTypeMap() {
    return _V1ValidatingWebhookConfigurationList.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidatingWebhookConfigurationList.discriminator = void 0;
V1ValidatingWebhookConfigurationList.mapping = void 0;
V1ValidatingWebhookConfigurationList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1ValidatingWebhookConfiguration>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Validation.js
var V1Validation = class _V1Validation {
  static getAttributeTypeMap() {
    return _V1Validation.attributeTypeMap;
  }
  constructor() {
  }
};
V1Validation.discriminator = void 0;
V1Validation.mapping = void 0;
V1Validation.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "messageExpression",
    "baseName": "messageExpression",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1ValidationRule.js
var V1ValidationRule = class _V1ValidationRule {
  static getAttributeTypeMap() {
    return _V1ValidationRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1ValidationRule.discriminator = void 0;
V1ValidationRule.mapping = void 0;
V1ValidationRule.attributeTypeMap = [
  {
    "name": "fieldPath",
    "baseName": "fieldPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "messageExpression",
    "baseName": "messageExpression",
    "type": "string",
    "format": ""
  },
  {
    "name": "optionalOldSelf",
    "baseName": "optionalOldSelf",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "rule",
    "baseName": "rule",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Variable.js
var V1Variable = class _V1Variable {
  static getAttributeTypeMap() {
    return _V1Variable.attributeTypeMap;
  }
  constructor() {
  }
};
V1Variable.discriminator = void 0;
V1Variable.mapping = void 0;
V1Variable.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1Volume.js
var V1Volume = class _V1Volume {
  static getAttributeTypeMap() {
    return _V1Volume.attributeTypeMap;
  }
  constructor() {
  }
};
V1Volume.discriminator = void 0;
V1Volume.mapping = void 0;
V1Volume.attributeTypeMap = [
  {
    "name": "awsElasticBlockStore",
    "baseName": "awsElasticBlockStore",
    "type": "V1AWSElasticBlockStoreVolumeSource",
    "format": ""
  },
  {
    "name": "azureDisk",
    "baseName": "azureDisk",
    "type": "V1AzureDiskVolumeSource",
    "format": ""
  },
  {
    "name": "azureFile",
    "baseName": "azureFile",
    "type": "V1AzureFileVolumeSource",
    "format": ""
  },
  {
    "name": "cephfs",
    "baseName": "cephfs",
    "type": "V1CephFSVolumeSource",
    "format": ""
  },
  {
    "name": "cinder",
    "baseName": "cinder",
    "type": "V1CinderVolumeSource",
    "format": ""
  },
  {
    "name": "configMap",
    "baseName": "configMap",
    "type": "V1ConfigMapVolumeSource",
    "format": ""
  },
  {
    "name": "csi",
    "baseName": "csi",
    "type": "V1CSIVolumeSource",
    "format": ""
  },
  {
    "name": "downwardAPI",
    "baseName": "downwardAPI",
    "type": "V1DownwardAPIVolumeSource",
    "format": ""
  },
  {
    "name": "emptyDir",
    "baseName": "emptyDir",
    "type": "V1EmptyDirVolumeSource",
    "format": ""
  },
  {
    "name": "ephemeral",
    "baseName": "ephemeral",
    "type": "V1EphemeralVolumeSource",
    "format": ""
  },
  {
    "name": "fc",
    "baseName": "fc",
    "type": "V1FCVolumeSource",
    "format": ""
  },
  {
    "name": "flexVolume",
    "baseName": "flexVolume",
    "type": "V1FlexVolumeSource",
    "format": ""
  },
  {
    "name": "flocker",
    "baseName": "flocker",
    "type": "V1FlockerVolumeSource",
    "format": ""
  },
  {
    "name": "gcePersistentDisk",
    "baseName": "gcePersistentDisk",
    "type": "V1GCEPersistentDiskVolumeSource",
    "format": ""
  },
  {
    "name": "gitRepo",
    "baseName": "gitRepo",
    "type": "V1GitRepoVolumeSource",
    "format": ""
  },
  {
    "name": "glusterfs",
    "baseName": "glusterfs",
    "type": "V1GlusterfsVolumeSource",
    "format": ""
  },
  {
    "name": "hostPath",
    "baseName": "hostPath",
    "type": "V1HostPathVolumeSource",
    "format": ""
  },
  {
    "name": "image",
    "baseName": "image",
    "type": "V1ImageVolumeSource",
    "format": ""
  },
  {
    "name": "iscsi",
    "baseName": "iscsi",
    "type": "V1ISCSIVolumeSource",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "nfs",
    "baseName": "nfs",
    "type": "V1NFSVolumeSource",
    "format": ""
  },
  {
    "name": "persistentVolumeClaim",
    "baseName": "persistentVolumeClaim",
    "type": "V1PersistentVolumeClaimVolumeSource",
    "format": ""
  },
  {
    "name": "photonPersistentDisk",
    "baseName": "photonPersistentDisk",
    "type": "V1PhotonPersistentDiskVolumeSource",
    "format": ""
  },
  {
    "name": "portworxVolume",
    "baseName": "portworxVolume",
    "type": "V1PortworxVolumeSource",
    "format": ""
  },
  {
    "name": "projected",
    "baseName": "projected",
    "type": "V1ProjectedVolumeSource",
    "format": ""
  },
  {
    "name": "quobyte",
    "baseName": "quobyte",
    "type": "V1QuobyteVolumeSource",
    "format": ""
  },
  {
    "name": "rbd",
    "baseName": "rbd",
    "type": "V1RBDVolumeSource",
    "format": ""
  },
  {
    "name": "scaleIO",
    "baseName": "scaleIO",
    "type": "V1ScaleIOVolumeSource",
    "format": ""
  },
  {
    "name": "secret",
    "baseName": "secret",
    "type": "V1SecretVolumeSource",
    "format": ""
  },
  {
    "name": "storageos",
    "baseName": "storageos",
    "type": "V1StorageOSVolumeSource",
    "format": ""
  },
  {
    "name": "vsphereVolume",
    "baseName": "vsphereVolume",
    "type": "V1VsphereVirtualDiskVolumeSource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeAttachment.js
var V1VolumeAttachment = class _V1VolumeAttachment {
  static getAttributeTypeMap() {
    return _V1VolumeAttachment.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeAttachment.discriminator = void 0;
V1VolumeAttachment.mapping = void 0;
V1VolumeAttachment.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1VolumeAttachmentSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1VolumeAttachmentStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeAttachmentList.js
var V1VolumeAttachmentList = class _V1VolumeAttachmentList {
  static getAttributeTypeMap() {
    return _V1VolumeAttachmentList.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeAttachmentList.discriminator = void 0;
V1VolumeAttachmentList.mapping = void 0;
V1VolumeAttachmentList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1VolumeAttachment>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeAttachmentSource.js
var V1VolumeAttachmentSource = class _V1VolumeAttachmentSource {
  static getAttributeTypeMap() {
    return _V1VolumeAttachmentSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeAttachmentSource.discriminator = void 0;
V1VolumeAttachmentSource.mapping = void 0;
V1VolumeAttachmentSource.attributeTypeMap = [
  {
    "name": "inlineVolumeSpec",
    "baseName": "inlineVolumeSpec",
    "type": "V1PersistentVolumeSpec",
    "format": ""
  },
  {
    "name": "persistentVolumeName",
    "baseName": "persistentVolumeName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeAttachmentSpec.js
var V1VolumeAttachmentSpec = class _V1VolumeAttachmentSpec {
  static getAttributeTypeMap() {
    return _V1VolumeAttachmentSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeAttachmentSpec.discriminator = void 0;
V1VolumeAttachmentSpec.mapping = void 0;
V1VolumeAttachmentSpec.attributeTypeMap = [
  {
    "name": "attacher",
    "baseName": "attacher",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "source",
    "baseName": "source",
    "type": "V1VolumeAttachmentSource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeAttachmentStatus.js
var V1VolumeAttachmentStatus = class _V1VolumeAttachmentStatus {
  static getAttributeTypeMap() {
    return _V1VolumeAttachmentStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeAttachmentStatus.discriminator = void 0;
V1VolumeAttachmentStatus.mapping = void 0;
V1VolumeAttachmentStatus.attributeTypeMap = [
  {
    "name": "attachError",
    "baseName": "attachError",
    "type": "V1VolumeError",
    "format": ""
  },
  {
    "name": "attached",
    "baseName": "attached",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "attachmentMetadata",
    "baseName": "attachmentMetadata",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "detachError",
    "baseName": "detachError",
    "type": "V1VolumeError",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeAttributesClass.js
var V1VolumeAttributesClass = class _V1VolumeAttributesClass {
  static getAttributeTypeMap() {
    return _V1VolumeAttributesClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeAttributesClass.discriminator = void 0;
V1VolumeAttributesClass.mapping = void 0;
V1VolumeAttributesClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "driverName",
    "baseName": "driverName",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "parameters",
    "baseName": "parameters",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeAttributesClassList.js
var V1VolumeAttributesClassList = class _V1VolumeAttributesClassList {
  static getAttributeTypeMap() {
    return _V1VolumeAttributesClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeAttributesClassList.discriminator = void 0;
V1VolumeAttributesClassList.mapping = void 0;
V1VolumeAttributesClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1VolumeAttributesClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeDevice.js
var V1VolumeDevice = class _V1VolumeDevice {
  static getAttributeTypeMap() {
    return _V1VolumeDevice.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeDevice.discriminator = void 0;
V1VolumeDevice.mapping = void 0;
V1VolumeDevice.attributeTypeMap = [
  {
    "name": "devicePath",
    "baseName": "devicePath",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeError.js
var V1VolumeError = class _V1VolumeError {
  static getAttributeTypeMap() {
    return _V1VolumeError.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeError.discriminator = void 0;
V1VolumeError.mapping = void 0;
V1VolumeError.attributeTypeMap = [
  {
    "name": "errorCode",
    "baseName": "errorCode",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "time",
    "baseName": "time",
    "type": "Date",
    "format": "date-time"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeMount.js
var V1VolumeMount = class _V1VolumeMount {
  static getAttributeTypeMap() {
    return _V1VolumeMount.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeMount.discriminator = void 0;
V1VolumeMount.mapping = void 0;
V1VolumeMount.attributeTypeMap = [
  {
    "name": "mountPath",
    "baseName": "mountPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "mountPropagation",
    "baseName": "mountPropagation",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "recursiveReadOnly",
    "baseName": "recursiveReadOnly",
    "type": "string",
    "format": ""
  },
  {
    "name": "subPath",
    "baseName": "subPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "subPathExpr",
    "baseName": "subPathExpr",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeMountStatus.js
var V1VolumeMountStatus = class _V1VolumeMountStatus {
  static getAttributeTypeMap() {
    return _V1VolumeMountStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeMountStatus.discriminator = void 0;
V1VolumeMountStatus.mapping = void 0;
V1VolumeMountStatus.attributeTypeMap = [
  {
    "name": "mountPath",
    "baseName": "mountPath",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "readOnly",
    "baseName": "readOnly",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "recursiveReadOnly",
    "baseName": "recursiveReadOnly",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumeStatus",
    "baseName": "volumeStatus",
    "type": "V1VolumeStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeNodeAffinity.js
var V1VolumeNodeAffinity = class _V1VolumeNodeAffinity {
  static getAttributeTypeMap() {
    return _V1VolumeNodeAffinity.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeNodeAffinity.discriminator = void 0;
V1VolumeNodeAffinity.mapping = void 0;
V1VolumeNodeAffinity.attributeTypeMap = [
  {
    "name": "required",
    "baseName": "required",
    "type": "V1NodeSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeNodeResources.js
var V1VolumeNodeResources = class _V1VolumeNodeResources {
  static getAttributeTypeMap() {
    return _V1VolumeNodeResources.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeNodeResources.discriminator = void 0;
V1VolumeNodeResources.mapping = void 0;
V1VolumeNodeResources.attributeTypeMap = [
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeProjection.js
var V1VolumeProjection = class _V1VolumeProjection {
  static getAttributeTypeMap() {
    return _V1VolumeProjection.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeProjection.discriminator = void 0;
V1VolumeProjection.mapping = void 0;
V1VolumeProjection.attributeTypeMap = [
  {
    "name": "clusterTrustBundle",
    "baseName": "clusterTrustBundle",
    "type": "V1ClusterTrustBundleProjection",
    "format": ""
  },
  {
    "name": "configMap",
    "baseName": "configMap",
    "type": "V1ConfigMapProjection",
    "format": ""
  },
  {
    "name": "downwardAPI",
    "baseName": "downwardAPI",
    "type": "V1DownwardAPIProjection",
    "format": ""
  },
  {
    "name": "podCertificate",
    "baseName": "podCertificate",
    "type": "V1PodCertificateProjection",
    "format": ""
  },
  {
    "name": "secret",
    "baseName": "secret",
    "type": "V1SecretProjection",
    "format": ""
  },
  {
    "name": "serviceAccountToken",
    "baseName": "serviceAccountToken",
    "type": "V1ServiceAccountTokenProjection",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeResourceRequirements.js
var V1VolumeResourceRequirements = class _V1VolumeResourceRequirements {
  static getAttributeTypeMap() {
    return _V1VolumeResourceRequirements.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeResourceRequirements.discriminator = void 0;
V1VolumeResourceRequirements.mapping = void 0;
V1VolumeResourceRequirements.attributeTypeMap = [
  {
    "name": "limits",
    "baseName": "limits",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VolumeStatus.js
var V1VolumeStatus = class _V1VolumeStatus {
  static getAttributeTypeMap() {
    return _V1VolumeStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1VolumeStatus.discriminator = void 0;
V1VolumeStatus.mapping = void 0;
V1VolumeStatus.attributeTypeMap = [
  {
    "name": "image",
    "baseName": "image",
    "type": "V1ImageVolumeStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1VsphereVirtualDiskVolumeSource.js
var V1VsphereVirtualDiskVolumeSource = class _V1VsphereVirtualDiskVolumeSource {
  static getAttributeTypeMap() {
    return _V1VsphereVirtualDiskVolumeSource.attributeTypeMap;
  }
  constructor() {
  }
};
V1VsphereVirtualDiskVolumeSource.discriminator = void 0;
V1VsphereVirtualDiskVolumeSource.mapping = void 0;
V1VsphereVirtualDiskVolumeSource.attributeTypeMap = [
  {
    "name": "fsType",
    "baseName": "fsType",
    "type": "string",
    "format": ""
  },
  {
    "name": "storagePolicyID",
    "baseName": "storagePolicyID",
    "type": "string",
    "format": ""
  },
  {
    "name": "storagePolicyName",
    "baseName": "storagePolicyName",
    "type": "string",
    "format": ""
  },
  {
    "name": "volumePath",
    "baseName": "volumePath",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1WatchEvent.js
var V1WatchEvent = class _V1WatchEvent {
  static getAttributeTypeMap() {
    return _V1WatchEvent.attributeTypeMap;
  }
  constructor() {
  }
};
V1WatchEvent.discriminator = void 0;
V1WatchEvent.mapping = void 0;
V1WatchEvent.attributeTypeMap = [
  {
    "name": "object",
    "baseName": "object",
    "type": "any",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1WebhookConversion.js
var V1WebhookConversion = class _V1WebhookConversion {
  static getAttributeTypeMap() {
    return _V1WebhookConversion.attributeTypeMap;
  }
  constructor() {
  }
};
V1WebhookConversion.discriminator = void 0;
V1WebhookConversion.mapping = void 0;
V1WebhookConversion.attributeTypeMap = [
  {
    "name": "clientConfig",
    "baseName": "clientConfig",
    "type": "ApiextensionsV1WebhookClientConfig",
    "format": ""
  },
  {
    "name": "conversionReviewVersions",
    "baseName": "conversionReviewVersions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1WeightedPodAffinityTerm.js
var V1WeightedPodAffinityTerm = class _V1WeightedPodAffinityTerm {
  static getAttributeTypeMap() {
    return _V1WeightedPodAffinityTerm.attributeTypeMap;
  }
  constructor() {
  }
};
V1WeightedPodAffinityTerm.discriminator = void 0;
V1WeightedPodAffinityTerm.mapping = void 0;
V1WeightedPodAffinityTerm.attributeTypeMap = [
  {
    "name": "podAffinityTerm",
    "baseName": "podAffinityTerm",
    "type": "V1PodAffinityTerm",
    "format": ""
  },
  {
    "name": "weight",
    "baseName": "weight",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1WindowsSecurityContextOptions.js
var V1WindowsSecurityContextOptions = class _V1WindowsSecurityContextOptions {
  static getAttributeTypeMap() {
    return _V1WindowsSecurityContextOptions.attributeTypeMap;
  }
  constructor() {
  }
};
V1WindowsSecurityContextOptions.discriminator = void 0;
V1WindowsSecurityContextOptions.mapping = void 0;
V1WindowsSecurityContextOptions.attributeTypeMap = [
  {
    "name": "gmsaCredentialSpec",
    "baseName": "gmsaCredentialSpec",
    "type": "string",
    "format": ""
  },
  {
    "name": "gmsaCredentialSpecName",
    "baseName": "gmsaCredentialSpecName",
    "type": "string",
    "format": ""
  },
  {
    "name": "hostProcess",
    "baseName": "hostProcess",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "runAsUserName",
    "baseName": "runAsUserName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1ApplyConfiguration.js
var V1alpha1ApplyConfiguration = class _V1alpha1ApplyConfiguration {
  static getAttributeTypeMap() {
    return _V1alpha1ApplyConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1ApplyConfiguration.discriminator = void 0;
V1alpha1ApplyConfiguration.mapping = void 0;
V1alpha1ApplyConfiguration.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1ClusterTrustBundle.js
var V1alpha1ClusterTrustBundle = class _V1alpha1ClusterTrustBundle {
  static getAttributeTypeMap() {
    return _V1alpha1ClusterTrustBundle.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1ClusterTrustBundle.discriminator = void 0;
V1alpha1ClusterTrustBundle.mapping = void 0;
V1alpha1ClusterTrustBundle.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha1ClusterTrustBundleSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1ClusterTrustBundleList.js
var V1alpha1ClusterTrustBundleList = class _V1alpha1ClusterTrustBundleList {
  static getAttributeTypeMap() {
    return _V1alpha1ClusterTrustBundleList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1ClusterTrustBundleList.discriminator = void 0;
V1alpha1ClusterTrustBundleList.mapping = void 0;
V1alpha1ClusterTrustBundleList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha1ClusterTrustBundle>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1ClusterTrustBundleSpec.js
var V1alpha1ClusterTrustBundleSpec = class _V1alpha1ClusterTrustBundleSpec {
  static getAttributeTypeMap() {
    return _V1alpha1ClusterTrustBundleSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1ClusterTrustBundleSpec.discriminator = void 0;
V1alpha1ClusterTrustBundleSpec.mapping = void 0;
V1alpha1ClusterTrustBundleSpec.attributeTypeMap = [
  {
    "name": "signerName",
    "baseName": "signerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "trustBundle",
    "baseName": "trustBundle",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1JSONPatch.js
var V1alpha1JSONPatch = class _V1alpha1JSONPatch {
  static getAttributeTypeMap() {
    return _V1alpha1JSONPatch.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1JSONPatch.discriminator = void 0;
V1alpha1JSONPatch.mapping = void 0;
V1alpha1JSONPatch.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MatchCondition.js
var V1alpha1MatchCondition = class _V1alpha1MatchCondition {
  static getAttributeTypeMap() {
    return _V1alpha1MatchCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MatchCondition.discriminator = void 0;
V1alpha1MatchCondition.mapping = void 0;
V1alpha1MatchCondition.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MatchResources.js
var V1alpha1MatchResources = class _V1alpha1MatchResources {
  static getAttributeTypeMap() {
    return _V1alpha1MatchResources.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MatchResources.discriminator = void 0;
V1alpha1MatchResources.mapping = void 0;
V1alpha1MatchResources.attributeTypeMap = [
  {
    "name": "excludeResourceRules",
    "baseName": "excludeResourceRules",
    "type": "Array<V1alpha1NamedRuleWithOperations>",
    "format": ""
  },
  {
    "name": "matchPolicy",
    "baseName": "matchPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespaceSelector",
    "baseName": "namespaceSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "objectSelector",
    "baseName": "objectSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "resourceRules",
    "baseName": "resourceRules",
    "type": "Array<V1alpha1NamedRuleWithOperations>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MutatingAdmissionPolicy.js
var V1alpha1MutatingAdmissionPolicy = class _V1alpha1MutatingAdmissionPolicy {
  static getAttributeTypeMap() {
    return _V1alpha1MutatingAdmissionPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MutatingAdmissionPolicy.discriminator = void 0;
V1alpha1MutatingAdmissionPolicy.mapping = void 0;
V1alpha1MutatingAdmissionPolicy.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha1MutatingAdmissionPolicySpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MutatingAdmissionPolicyBinding.js
var V1alpha1MutatingAdmissionPolicyBinding = class _V1alpha1MutatingAdmissionPolicyBinding {
  static getAttributeTypeMap() {
    return _V1alpha1MutatingAdmissionPolicyBinding.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MutatingAdmissionPolicyBinding.discriminator = void 0;
V1alpha1MutatingAdmissionPolicyBinding.mapping = void 0;
V1alpha1MutatingAdmissionPolicyBinding.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha1MutatingAdmissionPolicyBindingSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MutatingAdmissionPolicyBindingList.js
var V1alpha1MutatingAdmissionPolicyBindingList = class _V1alpha1MutatingAdmissionPolicyBindingList {
  static getAttributeTypeMap() {
    return _V1alpha1MutatingAdmissionPolicyBindingList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MutatingAdmissionPolicyBindingList.discriminator = void 0;
V1alpha1MutatingAdmissionPolicyBindingList.mapping = void 0;
V1alpha1MutatingAdmissionPolicyBindingList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha1MutatingAdmissionPolicyBinding>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MutatingAdmissionPolicyBindingSpec.js
var V1alpha1MutatingAdmissionPolicyBindingSpec = class _V1alpha1MutatingAdmissionPolicyBindingSpec {
  static getAttributeTypeMap() {
    return _V1alpha1MutatingAdmissionPolicyBindingSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MutatingAdmissionPolicyBindingSpec.discriminator = void 0;
V1alpha1MutatingAdmissionPolicyBindingSpec.mapping = void 0;
V1alpha1MutatingAdmissionPolicyBindingSpec.attributeTypeMap = [
  {
    "name": "matchResources",
    "baseName": "matchResources",
    "type": "V1alpha1MatchResources",
    "format": ""
  },
  {
    "name": "paramRef",
    "baseName": "paramRef",
    "type": "V1alpha1ParamRef",
    "format": ""
  },
  {
    "name": "policyName",
    "baseName": "policyName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MutatingAdmissionPolicyList.js
var V1alpha1MutatingAdmissionPolicyList = class _V1alpha1MutatingAdmissionPolicyList {
  static getAttributeTypeMap() {
    return _V1alpha1MutatingAdmissionPolicyList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MutatingAdmissionPolicyList.discriminator = void 0;
V1alpha1MutatingAdmissionPolicyList.mapping = void 0;
V1alpha1MutatingAdmissionPolicyList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha1MutatingAdmissionPolicy>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1MutatingAdmissionPolicySpec.js
var V1alpha1MutatingAdmissionPolicySpec = class _V1alpha1MutatingAdmissionPolicySpec {
  static getAttributeTypeMap() {
    return _V1alpha1MutatingAdmissionPolicySpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1MutatingAdmissionPolicySpec.discriminator = void 0;
V1alpha1MutatingAdmissionPolicySpec.mapping = void 0;
V1alpha1MutatingAdmissionPolicySpec.attributeTypeMap = [
  {
    "name": "failurePolicy",
    "baseName": "failurePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchConditions",
    "baseName": "matchConditions",
    "type": "Array<V1alpha1MatchCondition>",
    "format": ""
  },
  {
    "name": "matchConstraints",
    "baseName": "matchConstraints",
    "type": "V1alpha1MatchResources",
    "format": ""
  },
  {
    "name": "mutations",
    "baseName": "mutations",
    "type": "Array<V1alpha1Mutation>",
    "format": ""
  },
  {
    "name": "paramKind",
    "baseName": "paramKind",
    "type": "V1alpha1ParamKind",
    "format": ""
  },
  {
    "name": "reinvocationPolicy",
    "baseName": "reinvocationPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "variables",
    "baseName": "variables",
    "type": "Array<V1alpha1Variable>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1Mutation.js
var V1alpha1Mutation = class _V1alpha1Mutation {
  static getAttributeTypeMap() {
    return _V1alpha1Mutation.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1Mutation.discriminator = void 0;
V1alpha1Mutation.mapping = void 0;
V1alpha1Mutation.attributeTypeMap = [
  {
    "name": "applyConfiguration",
    "baseName": "applyConfiguration",
    "type": "V1alpha1ApplyConfiguration",
    "format": ""
  },
  {
    "name": "jsonPatch",
    "baseName": "jsonPatch",
    "type": "V1alpha1JSONPatch",
    "format": ""
  },
  {
    "name": "patchType",
    "baseName": "patchType",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1NamedRuleWithOperations.js
var V1alpha1NamedRuleWithOperations = class _V1alpha1NamedRuleWithOperations {
  static getAttributeTypeMap() {
    return _V1alpha1NamedRuleWithOperations.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1NamedRuleWithOperations.discriminator = void 0;
V1alpha1NamedRuleWithOperations.mapping = void 0;
V1alpha1NamedRuleWithOperations.attributeTypeMap = [
  {
    "name": "apiGroups",
    "baseName": "apiGroups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "apiVersions",
    "baseName": "apiVersions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "operations",
    "baseName": "operations",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resourceNames",
    "baseName": "resourceNames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "scope",
    "baseName": "scope",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1ParamKind.js
var V1alpha1ParamKind = class _V1alpha1ParamKind {
  static getAttributeTypeMap() {
    return _V1alpha1ParamKind.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1ParamKind.discriminator = void 0;
V1alpha1ParamKind.mapping = void 0;
V1alpha1ParamKind.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1ParamRef.js
var V1alpha1ParamRef = class _V1alpha1ParamRef {
  static getAttributeTypeMap() {
    return _V1alpha1ParamRef.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1ParamRef.discriminator = void 0;
V1alpha1ParamRef.mapping = void 0;
V1alpha1ParamRef.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "parameterNotFoundAction",
    "baseName": "parameterNotFoundAction",
    "type": "string",
    "format": ""
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1ServerStorageVersion.js
var V1alpha1ServerStorageVersion = class _V1alpha1ServerStorageVersion {
  static getAttributeTypeMap() {
    return _V1alpha1ServerStorageVersion.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1ServerStorageVersion.discriminator = void 0;
V1alpha1ServerStorageVersion.mapping = void 0;
V1alpha1ServerStorageVersion.attributeTypeMap = [
  {
    "name": "apiServerID",
    "baseName": "apiServerID",
    "type": "string",
    "format": ""
  },
  {
    "name": "decodableVersions",
    "baseName": "decodableVersions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "encodingVersion",
    "baseName": "encodingVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "servedVersions",
    "baseName": "servedVersions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1StorageVersion.js
var V1alpha1StorageVersion = class _V1alpha1StorageVersion {
  static getAttributeTypeMap() {
    return _V1alpha1StorageVersion.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1StorageVersion.discriminator = void 0;
V1alpha1StorageVersion.mapping = void 0;
V1alpha1StorageVersion.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "any",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1alpha1StorageVersionStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1StorageVersionCondition.js
var V1alpha1StorageVersionCondition = class _V1alpha1StorageVersionCondition {
  static getAttributeTypeMap() {
    return _V1alpha1StorageVersionCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1StorageVersionCondition.discriminator = void 0;
V1alpha1StorageVersionCondition.mapping = void 0;
V1alpha1StorageVersionCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1StorageVersionList.js
var V1alpha1StorageVersionList = class _V1alpha1StorageVersionList {
  static getAttributeTypeMap() {
    return _V1alpha1StorageVersionList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1StorageVersionList.discriminator = void 0;
V1alpha1StorageVersionList.mapping = void 0;
V1alpha1StorageVersionList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha1StorageVersion>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1StorageVersionStatus.js
var V1alpha1StorageVersionStatus = class _V1alpha1StorageVersionStatus {
  static getAttributeTypeMap() {
    return _V1alpha1StorageVersionStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1StorageVersionStatus.discriminator = void 0;
V1alpha1StorageVersionStatus.mapping = void 0;
V1alpha1StorageVersionStatus.attributeTypeMap = [
  {
    "name": "commonEncodingVersion",
    "baseName": "commonEncodingVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1alpha1StorageVersionCondition>",
    "format": ""
  },
  {
    "name": "storageVersions",
    "baseName": "storageVersions",
    "type": "Array<V1alpha1ServerStorageVersion>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha1Variable.js
var V1alpha1Variable = class _V1alpha1Variable {
  static getAttributeTypeMap() {
    return _V1alpha1Variable.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha1Variable.discriminator = void 0;
V1alpha1Variable.mapping = void 0;
V1alpha1Variable.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2GangSchedulingPolicy.js
var V1alpha2GangSchedulingPolicy = class _V1alpha2GangSchedulingPolicy {
  static getAttributeTypeMap() {
    return _V1alpha2GangSchedulingPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2GangSchedulingPolicy.discriminator = void 0;
V1alpha2GangSchedulingPolicy.mapping = void 0;
V1alpha2GangSchedulingPolicy.attributeTypeMap = [
  {
    "name": "minCount",
    "baseName": "minCount",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2LeaseCandidate.js
var V1alpha2LeaseCandidate = class _V1alpha2LeaseCandidate {
  static getAttributeTypeMap() {
    return _V1alpha2LeaseCandidate.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2LeaseCandidate.discriminator = void 0;
V1alpha2LeaseCandidate.mapping = void 0;
V1alpha2LeaseCandidate.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha2LeaseCandidateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2LeaseCandidateList.js
var V1alpha2LeaseCandidateList = class _V1alpha2LeaseCandidateList {
  static getAttributeTypeMap() {
    return _V1alpha2LeaseCandidateList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2LeaseCandidateList.discriminator = void 0;
V1alpha2LeaseCandidateList.mapping = void 0;
V1alpha2LeaseCandidateList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha2LeaseCandidate>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2LeaseCandidateSpec.js
var V1alpha2LeaseCandidateSpec = class _V1alpha2LeaseCandidateSpec {
  static getAttributeTypeMap() {
    return _V1alpha2LeaseCandidateSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2LeaseCandidateSpec.discriminator = void 0;
V1alpha2LeaseCandidateSpec.mapping = void 0;
V1alpha2LeaseCandidateSpec.attributeTypeMap = [
  {
    "name": "binaryVersion",
    "baseName": "binaryVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "emulationVersion",
    "baseName": "emulationVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "leaseName",
    "baseName": "leaseName",
    "type": "string",
    "format": ""
  },
  {
    "name": "pingTime",
    "baseName": "pingTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "renewTime",
    "baseName": "renewTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "strategy",
    "baseName": "strategy",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroup.js
var V1alpha2PodGroup = class _V1alpha2PodGroup {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroup.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroup.discriminator = void 0;
V1alpha2PodGroup.mapping = void 0;
V1alpha2PodGroup.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha2PodGroupSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1alpha2PodGroupStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupList.js
var V1alpha2PodGroupList = class _V1alpha2PodGroupList {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupList.discriminator = void 0;
V1alpha2PodGroupList.mapping = void 0;
V1alpha2PodGroupList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha2PodGroup>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupResourceClaim.js
var V1alpha2PodGroupResourceClaim = class _V1alpha2PodGroupResourceClaim {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupResourceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupResourceClaim.discriminator = void 0;
V1alpha2PodGroupResourceClaim.mapping = void 0;
V1alpha2PodGroupResourceClaim.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaimName",
    "baseName": "resourceClaimName",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaimTemplateName",
    "baseName": "resourceClaimTemplateName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupResourceClaimStatus.js
var V1alpha2PodGroupResourceClaimStatus = class _V1alpha2PodGroupResourceClaimStatus {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupResourceClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupResourceClaimStatus.discriminator = void 0;
V1alpha2PodGroupResourceClaimStatus.mapping = void 0;
V1alpha2PodGroupResourceClaimStatus.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaimName",
    "baseName": "resourceClaimName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupSchedulingConstraints.js
var V1alpha2PodGroupSchedulingConstraints = class _V1alpha2PodGroupSchedulingConstraints {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupSchedulingConstraints.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupSchedulingConstraints.discriminator = void 0;
V1alpha2PodGroupSchedulingConstraints.mapping = void 0;
V1alpha2PodGroupSchedulingConstraints.attributeTypeMap = [
  {
    "name": "topology",
    "baseName": "topology",
    "type": "Array<V1alpha2TopologyConstraint>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupSchedulingPolicy.js
var V1alpha2PodGroupSchedulingPolicy = class _V1alpha2PodGroupSchedulingPolicy {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupSchedulingPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupSchedulingPolicy.discriminator = void 0;
V1alpha2PodGroupSchedulingPolicy.mapping = void 0;
V1alpha2PodGroupSchedulingPolicy.attributeTypeMap = [
  {
    "name": "basic",
    "baseName": "basic",
    "type": "any",
    "format": ""
  },
  {
    "name": "gang",
    "baseName": "gang",
    "type": "V1alpha2GangSchedulingPolicy",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupSpec.js
var V1alpha2PodGroupSpec = class _V1alpha2PodGroupSpec {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupSpec.discriminator = void 0;
V1alpha2PodGroupSpec.mapping = void 0;
V1alpha2PodGroupSpec.attributeTypeMap = [
  {
    "name": "disruptionMode",
    "baseName": "disruptionMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "podGroupTemplateRef",
    "baseName": "podGroupTemplateRef",
    "type": "V1alpha2PodGroupTemplateReference",
    "format": ""
  },
  {
    "name": "priority",
    "baseName": "priority",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "priorityClassName",
    "baseName": "priorityClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaims",
    "baseName": "resourceClaims",
    "type": "Array<V1alpha2PodGroupResourceClaim>",
    "format": ""
  },
  {
    "name": "schedulingConstraints",
    "baseName": "schedulingConstraints",
    "type": "V1alpha2PodGroupSchedulingConstraints",
    "format": ""
  },
  {
    "name": "schedulingPolicy",
    "baseName": "schedulingPolicy",
    "type": "V1alpha2PodGroupSchedulingPolicy",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupStatus.js
var V1alpha2PodGroupStatus = class _V1alpha2PodGroupStatus {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupStatus.discriminator = void 0;
V1alpha2PodGroupStatus.mapping = void 0;
V1alpha2PodGroupStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "resourceClaimStatuses",
    "baseName": "resourceClaimStatuses",
    "type": "Array<V1alpha2PodGroupResourceClaimStatus>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupTemplate.js
var V1alpha2PodGroupTemplate = class _V1alpha2PodGroupTemplate {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupTemplate.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupTemplate.discriminator = void 0;
V1alpha2PodGroupTemplate.mapping = void 0;
V1alpha2PodGroupTemplate.attributeTypeMap = [
  {
    "name": "disruptionMode",
    "baseName": "disruptionMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "priority",
    "baseName": "priority",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "priorityClassName",
    "baseName": "priorityClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceClaims",
    "baseName": "resourceClaims",
    "type": "Array<V1alpha2PodGroupResourceClaim>",
    "format": ""
  },
  {
    "name": "schedulingConstraints",
    "baseName": "schedulingConstraints",
    "type": "V1alpha2PodGroupSchedulingConstraints",
    "format": ""
  },
  {
    "name": "schedulingPolicy",
    "baseName": "schedulingPolicy",
    "type": "V1alpha2PodGroupSchedulingPolicy",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2PodGroupTemplateReference.js
var V1alpha2PodGroupTemplateReference = class _V1alpha2PodGroupTemplateReference {
  static getAttributeTypeMap() {
    return _V1alpha2PodGroupTemplateReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2PodGroupTemplateReference.discriminator = void 0;
V1alpha2PodGroupTemplateReference.mapping = void 0;
V1alpha2PodGroupTemplateReference.attributeTypeMap = [
  {
    "name": "workload",
    "baseName": "workload",
    "type": "V1alpha2WorkloadPodGroupTemplateReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2TopologyConstraint.js
var V1alpha2TopologyConstraint = class _V1alpha2TopologyConstraint {
  static getAttributeTypeMap() {
    return _V1alpha2TopologyConstraint.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2TopologyConstraint.discriminator = void 0;
V1alpha2TopologyConstraint.mapping = void 0;
V1alpha2TopologyConstraint.attributeTypeMap = [
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2TypedLocalObjectReference.js
var V1alpha2TypedLocalObjectReference = class _V1alpha2TypedLocalObjectReference {
  static getAttributeTypeMap() {
    return _V1alpha2TypedLocalObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2TypedLocalObjectReference.discriminator = void 0;
V1alpha2TypedLocalObjectReference.mapping = void 0;
V1alpha2TypedLocalObjectReference.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2Workload.js
var V1alpha2Workload = class _V1alpha2Workload {
  static getAttributeTypeMap() {
    return _V1alpha2Workload.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2Workload.discriminator = void 0;
V1alpha2Workload.mapping = void 0;
V1alpha2Workload.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha2WorkloadSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2WorkloadList.js
var V1alpha2WorkloadList = class _V1alpha2WorkloadList {
  static getAttributeTypeMap() {
    return _V1alpha2WorkloadList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2WorkloadList.discriminator = void 0;
V1alpha2WorkloadList.mapping = void 0;
V1alpha2WorkloadList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha2Workload>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2WorkloadPodGroupTemplateReference.js
var V1alpha2WorkloadPodGroupTemplateReference = class _V1alpha2WorkloadPodGroupTemplateReference {
  static getAttributeTypeMap() {
    return _V1alpha2WorkloadPodGroupTemplateReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2WorkloadPodGroupTemplateReference.discriminator = void 0;
V1alpha2WorkloadPodGroupTemplateReference.mapping = void 0;
V1alpha2WorkloadPodGroupTemplateReference.attributeTypeMap = [
  {
    "name": "podGroupTemplateName",
    "baseName": "podGroupTemplateName",
    "type": "string",
    "format": ""
  },
  {
    "name": "workloadName",
    "baseName": "workloadName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha2WorkloadSpec.js
var V1alpha2WorkloadSpec = class _V1alpha2WorkloadSpec {
  static getAttributeTypeMap() {
    return _V1alpha2WorkloadSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha2WorkloadSpec.discriminator = void 0;
V1alpha2WorkloadSpec.mapping = void 0;
V1alpha2WorkloadSpec.attributeTypeMap = [
  {
    "name": "controllerRef",
    "baseName": "controllerRef",
    "type": "V1alpha2TypedLocalObjectReference",
    "format": ""
  },
  {
    "name": "podGroupTemplates",
    "baseName": "podGroupTemplates",
    "type": "Array<V1alpha2PodGroupTemplate>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3DeviceTaint.js
var V1alpha3DeviceTaint = class _V1alpha3DeviceTaint {
  static getAttributeTypeMap() {
    return _V1alpha3DeviceTaint.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3DeviceTaint.discriminator = void 0;
V1alpha3DeviceTaint.mapping = void 0;
V1alpha3DeviceTaint.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "timeAdded",
    "baseName": "timeAdded",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3DeviceTaintRule.js
var V1alpha3DeviceTaintRule = class _V1alpha3DeviceTaintRule {
  static getAttributeTypeMap() {
    return _V1alpha3DeviceTaintRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3DeviceTaintRule.discriminator = void 0;
V1alpha3DeviceTaintRule.mapping = void 0;
V1alpha3DeviceTaintRule.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha3DeviceTaintRuleSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1alpha3DeviceTaintRuleStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3DeviceTaintRuleList.js
var V1alpha3DeviceTaintRuleList = class _V1alpha3DeviceTaintRuleList {
  static getAttributeTypeMap() {
    return _V1alpha3DeviceTaintRuleList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3DeviceTaintRuleList.discriminator = void 0;
V1alpha3DeviceTaintRuleList.mapping = void 0;
V1alpha3DeviceTaintRuleList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha3DeviceTaintRule>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3DeviceTaintRuleSpec.js
var V1alpha3DeviceTaintRuleSpec = class _V1alpha3DeviceTaintRuleSpec {
  static getAttributeTypeMap() {
    return _V1alpha3DeviceTaintRuleSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3DeviceTaintRuleSpec.discriminator = void 0;
V1alpha3DeviceTaintRuleSpec.mapping = void 0;
V1alpha3DeviceTaintRuleSpec.attributeTypeMap = [
  {
    "name": "deviceSelector",
    "baseName": "deviceSelector",
    "type": "V1alpha3DeviceTaintSelector",
    "format": ""
  },
  {
    "name": "taint",
    "baseName": "taint",
    "type": "V1alpha3DeviceTaint",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3DeviceTaintRuleStatus.js
var V1alpha3DeviceTaintRuleStatus = class _V1alpha3DeviceTaintRuleStatus {
  static getAttributeTypeMap() {
    return _V1alpha3DeviceTaintRuleStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3DeviceTaintRuleStatus.discriminator = void 0;
V1alpha3DeviceTaintRuleStatus.mapping = void 0;
V1alpha3DeviceTaintRuleStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3DeviceTaintSelector.js
var V1alpha3DeviceTaintSelector = class _V1alpha3DeviceTaintSelector {
  static getAttributeTypeMap() {
    return _V1alpha3DeviceTaintSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3DeviceTaintSelector.discriminator = void 0;
V1alpha3DeviceTaintSelector.mapping = void 0;
V1alpha3DeviceTaintSelector.attributeTypeMap = [
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3PoolStatus.js
var V1alpha3PoolStatus = class _V1alpha3PoolStatus {
  static getAttributeTypeMap() {
    return _V1alpha3PoolStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3PoolStatus.discriminator = void 0;
V1alpha3PoolStatus.mapping = void 0;
V1alpha3PoolStatus.attributeTypeMap = [
  {
    "name": "allocatedDevices",
    "baseName": "allocatedDevices",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "availableDevices",
    "baseName": "availableDevices",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "generation",
    "baseName": "generation",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "poolName",
    "baseName": "poolName",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceSliceCount",
    "baseName": "resourceSliceCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "totalDevices",
    "baseName": "totalDevices",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "unavailableDevices",
    "baseName": "unavailableDevices",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "validationError",
    "baseName": "validationError",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3ResourcePoolStatusRequest.js
var V1alpha3ResourcePoolStatusRequest = class _V1alpha3ResourcePoolStatusRequest {
  static getAttributeTypeMap() {
    return _V1alpha3ResourcePoolStatusRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3ResourcePoolStatusRequest.discriminator = void 0;
V1alpha3ResourcePoolStatusRequest.mapping = void 0;
V1alpha3ResourcePoolStatusRequest.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1alpha3ResourcePoolStatusRequestSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1alpha3ResourcePoolStatusRequestStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3ResourcePoolStatusRequestList.js
var V1alpha3ResourcePoolStatusRequestList = class _V1alpha3ResourcePoolStatusRequestList {
  static getAttributeTypeMap() {
    return _V1alpha3ResourcePoolStatusRequestList.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3ResourcePoolStatusRequestList.discriminator = void 0;
V1alpha3ResourcePoolStatusRequestList.mapping = void 0;
V1alpha3ResourcePoolStatusRequestList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1alpha3ResourcePoolStatusRequest>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3ResourcePoolStatusRequestSpec.js
var V1alpha3ResourcePoolStatusRequestSpec = class _V1alpha3ResourcePoolStatusRequestSpec {
  static getAttributeTypeMap() {
    return _V1alpha3ResourcePoolStatusRequestSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3ResourcePoolStatusRequestSpec.discriminator = void 0;
V1alpha3ResourcePoolStatusRequestSpec.mapping = void 0;
V1alpha3ResourcePoolStatusRequestSpec.attributeTypeMap = [
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "limit",
    "baseName": "limit",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "poolName",
    "baseName": "poolName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1alpha3ResourcePoolStatusRequestStatus.js
var V1alpha3ResourcePoolStatusRequestStatus = class _V1alpha3ResourcePoolStatusRequestStatus {
  static getAttributeTypeMap() {
    return _V1alpha3ResourcePoolStatusRequestStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1alpha3ResourcePoolStatusRequestStatus.discriminator = void 0;
V1alpha3ResourcePoolStatusRequestStatus.mapping = void 0;
V1alpha3ResourcePoolStatusRequestStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "poolCount",
    "baseName": "poolCount",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "pools",
    "baseName": "pools",
    "type": "Array<V1alpha3PoolStatus>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1AllocatedDeviceStatus.js
var V1beta1AllocatedDeviceStatus = class _V1beta1AllocatedDeviceStatus {
  static getAttributeTypeMap() {
    return _V1beta1AllocatedDeviceStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1AllocatedDeviceStatus.discriminator = void 0;
V1beta1AllocatedDeviceStatus.mapping = void 0;
V1beta1AllocatedDeviceStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "data",
    "baseName": "data",
    "type": "any",
    "format": ""
  },
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "networkData",
    "baseName": "networkData",
    "type": "V1beta1NetworkDeviceData",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareID",
    "baseName": "shareID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1AllocationResult.js
var V1beta1AllocationResult = class _V1beta1AllocationResult {
  static getAttributeTypeMap() {
    return _V1beta1AllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1AllocationResult.discriminator = void 0;
V1beta1AllocationResult.mapping = void 0;
V1beta1AllocationResult.attributeTypeMap = [
  {
    "name": "allocationTimestamp",
    "baseName": "allocationTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "V1beta1DeviceAllocationResult",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ApplyConfiguration.js
var V1beta1ApplyConfiguration = class _V1beta1ApplyConfiguration {
  static getAttributeTypeMap() {
    return _V1beta1ApplyConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ApplyConfiguration.discriminator = void 0;
V1beta1ApplyConfiguration.mapping = void 0;
V1beta1ApplyConfiguration.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1BasicDevice.js
var V1beta1BasicDevice = class _V1beta1BasicDevice {
  static getAttributeTypeMap() {
    return _V1beta1BasicDevice.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1BasicDevice.discriminator = void 0;
V1beta1BasicDevice.mapping = void 0;
V1beta1BasicDevice.attributeTypeMap = [
  {
    "name": "allNodes",
    "baseName": "allNodes",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "allowMultipleAllocations",
    "baseName": "allowMultipleAllocations",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "attributes",
    "baseName": "attributes",
    "type": "{ [key: string]: V1beta1DeviceAttribute; }",
    "format": ""
  },
  {
    "name": "bindingConditions",
    "baseName": "bindingConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindingFailureConditions",
    "baseName": "bindingFailureConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindsToNode",
    "baseName": "bindsToNode",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "{ [key: string]: V1beta1DeviceCapacity; }",
    "format": ""
  },
  {
    "name": "consumesCounters",
    "baseName": "consumesCounters",
    "type": "Array<V1beta1DeviceCounterConsumption>",
    "format": ""
  },
  {
    "name": "nodeAllocatableResourceMappings",
    "baseName": "nodeAllocatableResourceMappings",
    "type": "{ [key: string]: V1beta1NodeAllocatableResourceMapping; }",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  },
  {
    "name": "taints",
    "baseName": "taints",
    "type": "Array<V1beta1DeviceTaint>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1CELDeviceSelector.js
var V1beta1CELDeviceSelector = class _V1beta1CELDeviceSelector {
  static getAttributeTypeMap() {
    return _V1beta1CELDeviceSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1CELDeviceSelector.discriminator = void 0;
V1beta1CELDeviceSelector.mapping = void 0;
V1beta1CELDeviceSelector.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1CapacityRequestPolicy.js
var V1beta1CapacityRequestPolicy = class _V1beta1CapacityRequestPolicy {
  static getAttributeTypeMap() {
    return _V1beta1CapacityRequestPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1CapacityRequestPolicy.discriminator = void 0;
V1beta1CapacityRequestPolicy.mapping = void 0;
V1beta1CapacityRequestPolicy.attributeTypeMap = [
  {
    "name": "_default",
    "baseName": "default",
    "type": "string",
    "format": ""
  },
  {
    "name": "validRange",
    "baseName": "validRange",
    "type": "V1beta1CapacityRequestPolicyRange",
    "format": ""
  },
  {
    "name": "validValues",
    "baseName": "validValues",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1CapacityRequestPolicyRange.js
var V1beta1CapacityRequestPolicyRange = class _V1beta1CapacityRequestPolicyRange {
  static getAttributeTypeMap() {
    return _V1beta1CapacityRequestPolicyRange.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1CapacityRequestPolicyRange.discriminator = void 0;
V1beta1CapacityRequestPolicyRange.mapping = void 0;
V1beta1CapacityRequestPolicyRange.attributeTypeMap = [
  {
    "name": "max",
    "baseName": "max",
    "type": "string",
    "format": ""
  },
  {
    "name": "min",
    "baseName": "min",
    "type": "string",
    "format": ""
  },
  {
    "name": "step",
    "baseName": "step",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1CapacityRequirements.js
var V1beta1CapacityRequirements = class _V1beta1CapacityRequirements {
  static getAttributeTypeMap() {
    return _V1beta1CapacityRequirements.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1CapacityRequirements.discriminator = void 0;
V1beta1CapacityRequirements.mapping = void 0;
V1beta1CapacityRequirements.attributeTypeMap = [
  {
    "name": "requests",
    "baseName": "requests",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ClusterTrustBundle.js
var V1beta1ClusterTrustBundle = class _V1beta1ClusterTrustBundle {
  static getAttributeTypeMap() {
    return _V1beta1ClusterTrustBundle.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ClusterTrustBundle.discriminator = void 0;
V1beta1ClusterTrustBundle.mapping = void 0;
V1beta1ClusterTrustBundle.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1ClusterTrustBundleSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ClusterTrustBundleList.js
var V1beta1ClusterTrustBundleList = class _V1beta1ClusterTrustBundleList {
  static getAttributeTypeMap() {
    return _V1beta1ClusterTrustBundleList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ClusterTrustBundleList.discriminator = void 0;
V1beta1ClusterTrustBundleList.mapping = void 0;
V1beta1ClusterTrustBundleList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1ClusterTrustBundle>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ClusterTrustBundleSpec.js
var V1beta1ClusterTrustBundleSpec = class _V1beta1ClusterTrustBundleSpec {
  static getAttributeTypeMap() {
    return _V1beta1ClusterTrustBundleSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ClusterTrustBundleSpec.discriminator = void 0;
V1beta1ClusterTrustBundleSpec.mapping = void 0;
V1beta1ClusterTrustBundleSpec.attributeTypeMap = [
  {
    "name": "signerName",
    "baseName": "signerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "trustBundle",
    "baseName": "trustBundle",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1Counter.js
var V1beta1Counter = class _V1beta1Counter {
  static getAttributeTypeMap() {
    return _V1beta1Counter.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1Counter.discriminator = void 0;
V1beta1Counter.mapping = void 0;
V1beta1Counter.attributeTypeMap = [
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1CounterSet.js
var V1beta1CounterSet = class _V1beta1CounterSet {
  static getAttributeTypeMap() {
    return _V1beta1CounterSet.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1CounterSet.discriminator = void 0;
V1beta1CounterSet.mapping = void 0;
V1beta1CounterSet.attributeTypeMap = [
  {
    "name": "counters",
    "baseName": "counters",
    "type": "{ [key: string]: V1beta1Counter; }",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1Device.js
var V1beta1Device = class _V1beta1Device {
  static getAttributeTypeMap() {
    return _V1beta1Device.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1Device.discriminator = void 0;
V1beta1Device.mapping = void 0;
V1beta1Device.attributeTypeMap = [
  {
    "name": "basic",
    "baseName": "basic",
    "type": "V1beta1BasicDevice",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceAllocationConfiguration.js
var V1beta1DeviceAllocationConfiguration = class _V1beta1DeviceAllocationConfiguration {
  static getAttributeTypeMap() {
    return _V1beta1DeviceAllocationConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceAllocationConfiguration.discriminator = void 0;
V1beta1DeviceAllocationConfiguration.mapping = void 0;
V1beta1DeviceAllocationConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1beta1OpaqueDeviceConfiguration",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "source",
    "baseName": "source",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceAllocationResult.js
var V1beta1DeviceAllocationResult = class _V1beta1DeviceAllocationResult {
  static getAttributeTypeMap() {
    return _V1beta1DeviceAllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceAllocationResult.discriminator = void 0;
V1beta1DeviceAllocationResult.mapping = void 0;
V1beta1DeviceAllocationResult.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1beta1DeviceAllocationConfiguration>",
    "format": ""
  },
  {
    "name": "results",
    "baseName": "results",
    "type": "Array<V1beta1DeviceRequestAllocationResult>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceAttribute.js
var V1beta1DeviceAttribute = class _V1beta1DeviceAttribute {
  static getAttributeTypeMap() {
    return _V1beta1DeviceAttribute.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceAttribute.discriminator = void 0;
V1beta1DeviceAttribute.mapping = void 0;
V1beta1DeviceAttribute.attributeTypeMap = [
  {
    "name": "bool",
    "baseName": "bool",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "bools",
    "baseName": "bools",
    "type": "Array<boolean>",
    "format": ""
  },
  {
    "name": "_int",
    "baseName": "int",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "ints",
    "baseName": "ints",
    "type": "Array<number>",
    "format": "int64"
  },
  {
    "name": "string",
    "baseName": "string",
    "type": "string",
    "format": ""
  },
  {
    "name": "strings",
    "baseName": "strings",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "version",
    "baseName": "version",
    "type": "string",
    "format": ""
  },
  {
    "name": "versions",
    "baseName": "versions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceCapacity.js
var V1beta1DeviceCapacity = class _V1beta1DeviceCapacity {
  static getAttributeTypeMap() {
    return _V1beta1DeviceCapacity.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceCapacity.discriminator = void 0;
V1beta1DeviceCapacity.mapping = void 0;
V1beta1DeviceCapacity.attributeTypeMap = [
  {
    "name": "requestPolicy",
    "baseName": "requestPolicy",
    "type": "V1beta1CapacityRequestPolicy",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceClaim.js
var V1beta1DeviceClaim = class _V1beta1DeviceClaim {
  static getAttributeTypeMap() {
    return _V1beta1DeviceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceClaim.discriminator = void 0;
V1beta1DeviceClaim.mapping = void 0;
V1beta1DeviceClaim.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1beta1DeviceClaimConfiguration>",
    "format": ""
  },
  {
    "name": "constraints",
    "baseName": "constraints",
    "type": "Array<V1beta1DeviceConstraint>",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<V1beta1DeviceRequest>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceClaimConfiguration.js
var V1beta1DeviceClaimConfiguration = class _V1beta1DeviceClaimConfiguration {
  static getAttributeTypeMap() {
    return _V1beta1DeviceClaimConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceClaimConfiguration.discriminator = void 0;
V1beta1DeviceClaimConfiguration.mapping = void 0;
V1beta1DeviceClaimConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1beta1OpaqueDeviceConfiguration",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceClass.js
var V1beta1DeviceClass = class _V1beta1DeviceClass {
  static getAttributeTypeMap() {
    return _V1beta1DeviceClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceClass.discriminator = void 0;
V1beta1DeviceClass.mapping = void 0;
V1beta1DeviceClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1DeviceClassSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceClassConfiguration.js
var V1beta1DeviceClassConfiguration = class _V1beta1DeviceClassConfiguration {
  static getAttributeTypeMap() {
    return _V1beta1DeviceClassConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceClassConfiguration.discriminator = void 0;
V1beta1DeviceClassConfiguration.mapping = void 0;
V1beta1DeviceClassConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1beta1OpaqueDeviceConfiguration",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceClassList.js
var V1beta1DeviceClassList = class _V1beta1DeviceClassList {
  static getAttributeTypeMap() {
    return _V1beta1DeviceClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceClassList.discriminator = void 0;
V1beta1DeviceClassList.mapping = void 0;
V1beta1DeviceClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1DeviceClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceClassSpec.js
var V1beta1DeviceClassSpec = class _V1beta1DeviceClassSpec {
  static getAttributeTypeMap() {
    return _V1beta1DeviceClassSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceClassSpec.discriminator = void 0;
V1beta1DeviceClassSpec.mapping = void 0;
V1beta1DeviceClassSpec.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1beta1DeviceClassConfiguration>",
    "format": ""
  },
  {
    "name": "extendedResourceName",
    "baseName": "extendedResourceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1beta1DeviceSelector>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceConstraint.js
var V1beta1DeviceConstraint = class _V1beta1DeviceConstraint {
  static getAttributeTypeMap() {
    return _V1beta1DeviceConstraint.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceConstraint.discriminator = void 0;
V1beta1DeviceConstraint.mapping = void 0;
V1beta1DeviceConstraint.attributeTypeMap = [
  {
    "name": "distinctAttribute",
    "baseName": "distinctAttribute",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchAttribute",
    "baseName": "matchAttribute",
    "type": "string",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceCounterConsumption.js
var V1beta1DeviceCounterConsumption = class _V1beta1DeviceCounterConsumption {
  static getAttributeTypeMap() {
    return _V1beta1DeviceCounterConsumption.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceCounterConsumption.discriminator = void 0;
V1beta1DeviceCounterConsumption.mapping = void 0;
V1beta1DeviceCounterConsumption.attributeTypeMap = [
  {
    "name": "counterSet",
    "baseName": "counterSet",
    "type": "string",
    "format": ""
  },
  {
    "name": "counters",
    "baseName": "counters",
    "type": "{ [key: string]: V1beta1Counter; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceRequest.js
var V1beta1DeviceRequest = class _V1beta1DeviceRequest {
  static getAttributeTypeMap() {
    return _V1beta1DeviceRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceRequest.discriminator = void 0;
V1beta1DeviceRequest.mapping = void 0;
V1beta1DeviceRequest.attributeTypeMap = [
  {
    "name": "adminAccess",
    "baseName": "adminAccess",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "allocationMode",
    "baseName": "allocationMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "V1beta1CapacityRequirements",
    "format": ""
  },
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "deviceClassName",
    "baseName": "deviceClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "firstAvailable",
    "baseName": "firstAvailable",
    "type": "Array<V1beta1DeviceSubRequest>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1beta1DeviceSelector>",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1beta1DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceRequestAllocationResult.js
var V1beta1DeviceRequestAllocationResult = class _V1beta1DeviceRequestAllocationResult {
  static getAttributeTypeMap() {
    return _V1beta1DeviceRequestAllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceRequestAllocationResult.discriminator = void 0;
V1beta1DeviceRequestAllocationResult.mapping = void 0;
V1beta1DeviceRequestAllocationResult.attributeTypeMap = [
  {
    "name": "adminAccess",
    "baseName": "adminAccess",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "bindingConditions",
    "baseName": "bindingConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindingFailureConditions",
    "baseName": "bindingFailureConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "consumedCapacity",
    "baseName": "consumedCapacity",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "request",
    "baseName": "request",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareID",
    "baseName": "shareID",
    "type": "string",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1beta1DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceSelector.js
var V1beta1DeviceSelector = class _V1beta1DeviceSelector {
  static getAttributeTypeMap() {
    return _V1beta1DeviceSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceSelector.discriminator = void 0;
V1beta1DeviceSelector.mapping = void 0;
V1beta1DeviceSelector.attributeTypeMap = [
  {
    "name": "cel",
    "baseName": "cel",
    "type": "V1beta1CELDeviceSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceSubRequest.js
var V1beta1DeviceSubRequest = class _V1beta1DeviceSubRequest {
  static getAttributeTypeMap() {
    return _V1beta1DeviceSubRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceSubRequest.discriminator = void 0;
V1beta1DeviceSubRequest.mapping = void 0;
V1beta1DeviceSubRequest.attributeTypeMap = [
  {
    "name": "allocationMode",
    "baseName": "allocationMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "V1beta1CapacityRequirements",
    "format": ""
  },
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "deviceClassName",
    "baseName": "deviceClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1beta1DeviceSelector>",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1beta1DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceTaint.js
var V1beta1DeviceTaint = class _V1beta1DeviceTaint {
  static getAttributeTypeMap() {
    return _V1beta1DeviceTaint.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceTaint.discriminator = void 0;
V1beta1DeviceTaint.mapping = void 0;
V1beta1DeviceTaint.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "timeAdded",
    "baseName": "timeAdded",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1DeviceToleration.js
var V1beta1DeviceToleration = class _V1beta1DeviceToleration {
  static getAttributeTypeMap() {
    return _V1beta1DeviceToleration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1DeviceToleration.discriminator = void 0;
V1beta1DeviceToleration.mapping = void 0;
V1beta1DeviceToleration.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "tolerationSeconds",
    "baseName": "tolerationSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1IPAddress.js
var V1beta1IPAddress = class _V1beta1IPAddress {
  static getAttributeTypeMap() {
    return _V1beta1IPAddress.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1IPAddress.discriminator = void 0;
V1beta1IPAddress.mapping = void 0;
V1beta1IPAddress.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1IPAddressSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1IPAddressList.js
var V1beta1IPAddressList = class _V1beta1IPAddressList {
  static getAttributeTypeMap() {
    return _V1beta1IPAddressList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1IPAddressList.discriminator = void 0;
V1beta1IPAddressList.mapping = void 0;
V1beta1IPAddressList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1IPAddress>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1IPAddressSpec.js
var V1beta1IPAddressSpec = class _V1beta1IPAddressSpec {
  static getAttributeTypeMap() {
    return _V1beta1IPAddressSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1IPAddressSpec.discriminator = void 0;
V1beta1IPAddressSpec.mapping = void 0;
V1beta1IPAddressSpec.attributeTypeMap = [
  {
    "name": "parentRef",
    "baseName": "parentRef",
    "type": "V1beta1ParentReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1JSONPatch.js
var V1beta1JSONPatch = class _V1beta1JSONPatch {
  static getAttributeTypeMap() {
    return _V1beta1JSONPatch.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1JSONPatch.discriminator = void 0;
V1beta1JSONPatch.mapping = void 0;
V1beta1JSONPatch.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1LeaseCandidate.js
var V1beta1LeaseCandidate = class _V1beta1LeaseCandidate {
  static getAttributeTypeMap() {
    return _V1beta1LeaseCandidate.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1LeaseCandidate.discriminator = void 0;
V1beta1LeaseCandidate.mapping = void 0;
V1beta1LeaseCandidate.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1LeaseCandidateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1LeaseCandidateList.js
var V1beta1LeaseCandidateList = class _V1beta1LeaseCandidateList {
  static getAttributeTypeMap() {
    return _V1beta1LeaseCandidateList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1LeaseCandidateList.discriminator = void 0;
V1beta1LeaseCandidateList.mapping = void 0;
V1beta1LeaseCandidateList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1LeaseCandidate>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1LeaseCandidateSpec.js
var V1beta1LeaseCandidateSpec = class _V1beta1LeaseCandidateSpec {
  static getAttributeTypeMap() {
    return _V1beta1LeaseCandidateSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1LeaseCandidateSpec.discriminator = void 0;
V1beta1LeaseCandidateSpec.mapping = void 0;
V1beta1LeaseCandidateSpec.attributeTypeMap = [
  {
    "name": "binaryVersion",
    "baseName": "binaryVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "emulationVersion",
    "baseName": "emulationVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "leaseName",
    "baseName": "leaseName",
    "type": "string",
    "format": ""
  },
  {
    "name": "pingTime",
    "baseName": "pingTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "renewTime",
    "baseName": "renewTime",
    "type": "V1MicroTime",
    "format": "date-time-micro"
  },
  {
    "name": "strategy",
    "baseName": "strategy",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MatchCondition.js
var V1beta1MatchCondition = class _V1beta1MatchCondition {
  static getAttributeTypeMap() {
    return _V1beta1MatchCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MatchCondition.discriminator = void 0;
V1beta1MatchCondition.mapping = void 0;
V1beta1MatchCondition.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MatchResources.js
var V1beta1MatchResources = class _V1beta1MatchResources {
  static getAttributeTypeMap() {
    return _V1beta1MatchResources.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MatchResources.discriminator = void 0;
V1beta1MatchResources.mapping = void 0;
V1beta1MatchResources.attributeTypeMap = [
  {
    "name": "excludeResourceRules",
    "baseName": "excludeResourceRules",
    "type": "Array<V1beta1NamedRuleWithOperations>",
    "format": ""
  },
  {
    "name": "matchPolicy",
    "baseName": "matchPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespaceSelector",
    "baseName": "namespaceSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "objectSelector",
    "baseName": "objectSelector",
    "type": "V1LabelSelector",
    "format": ""
  },
  {
    "name": "resourceRules",
    "baseName": "resourceRules",
    "type": "Array<V1beta1NamedRuleWithOperations>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MutatingAdmissionPolicy.js
var V1beta1MutatingAdmissionPolicy = class _V1beta1MutatingAdmissionPolicy {
  static getAttributeTypeMap() {
    return _V1beta1MutatingAdmissionPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MutatingAdmissionPolicy.discriminator = void 0;
V1beta1MutatingAdmissionPolicy.mapping = void 0;
V1beta1MutatingAdmissionPolicy.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1MutatingAdmissionPolicySpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MutatingAdmissionPolicyBinding.js
var V1beta1MutatingAdmissionPolicyBinding = class _V1beta1MutatingAdmissionPolicyBinding {
  static getAttributeTypeMap() {
    return _V1beta1MutatingAdmissionPolicyBinding.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MutatingAdmissionPolicyBinding.discriminator = void 0;
V1beta1MutatingAdmissionPolicyBinding.mapping = void 0;
V1beta1MutatingAdmissionPolicyBinding.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1MutatingAdmissionPolicyBindingSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MutatingAdmissionPolicyBindingList.js
var V1beta1MutatingAdmissionPolicyBindingList = class _V1beta1MutatingAdmissionPolicyBindingList {
  static getAttributeTypeMap() {
    return _V1beta1MutatingAdmissionPolicyBindingList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MutatingAdmissionPolicyBindingList.discriminator = void 0;
V1beta1MutatingAdmissionPolicyBindingList.mapping = void 0;
V1beta1MutatingAdmissionPolicyBindingList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1MutatingAdmissionPolicyBinding>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MutatingAdmissionPolicyBindingSpec.js
var V1beta1MutatingAdmissionPolicyBindingSpec = class _V1beta1MutatingAdmissionPolicyBindingSpec {
  static getAttributeTypeMap() {
    return _V1beta1MutatingAdmissionPolicyBindingSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MutatingAdmissionPolicyBindingSpec.discriminator = void 0;
V1beta1MutatingAdmissionPolicyBindingSpec.mapping = void 0;
V1beta1MutatingAdmissionPolicyBindingSpec.attributeTypeMap = [
  {
    "name": "matchResources",
    "baseName": "matchResources",
    "type": "V1beta1MatchResources",
    "format": ""
  },
  {
    "name": "paramRef",
    "baseName": "paramRef",
    "type": "V1beta1ParamRef",
    "format": ""
  },
  {
    "name": "policyName",
    "baseName": "policyName",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MutatingAdmissionPolicyList.js
var V1beta1MutatingAdmissionPolicyList = class _V1beta1MutatingAdmissionPolicyList {
  static getAttributeTypeMap() {
    return _V1beta1MutatingAdmissionPolicyList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MutatingAdmissionPolicyList.discriminator = void 0;
V1beta1MutatingAdmissionPolicyList.mapping = void 0;
V1beta1MutatingAdmissionPolicyList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1MutatingAdmissionPolicy>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1MutatingAdmissionPolicySpec.js
var V1beta1MutatingAdmissionPolicySpec = class _V1beta1MutatingAdmissionPolicySpec {
  static getAttributeTypeMap() {
    return _V1beta1MutatingAdmissionPolicySpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1MutatingAdmissionPolicySpec.discriminator = void 0;
V1beta1MutatingAdmissionPolicySpec.mapping = void 0;
V1beta1MutatingAdmissionPolicySpec.attributeTypeMap = [
  {
    "name": "failurePolicy",
    "baseName": "failurePolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchConditions",
    "baseName": "matchConditions",
    "type": "Array<V1beta1MatchCondition>",
    "format": ""
  },
  {
    "name": "matchConstraints",
    "baseName": "matchConstraints",
    "type": "V1beta1MatchResources",
    "format": ""
  },
  {
    "name": "mutations",
    "baseName": "mutations",
    "type": "Array<V1beta1Mutation>",
    "format": ""
  },
  {
    "name": "paramKind",
    "baseName": "paramKind",
    "type": "V1beta1ParamKind",
    "format": ""
  },
  {
    "name": "reinvocationPolicy",
    "baseName": "reinvocationPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "variables",
    "baseName": "variables",
    "type": "Array<V1beta1Variable>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1Mutation.js
var V1beta1Mutation = class _V1beta1Mutation {
  static getAttributeTypeMap() {
    return _V1beta1Mutation.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1Mutation.discriminator = void 0;
V1beta1Mutation.mapping = void 0;
V1beta1Mutation.attributeTypeMap = [
  {
    "name": "applyConfiguration",
    "baseName": "applyConfiguration",
    "type": "V1beta1ApplyConfiguration",
    "format": ""
  },
  {
    "name": "jsonPatch",
    "baseName": "jsonPatch",
    "type": "V1beta1JSONPatch",
    "format": ""
  },
  {
    "name": "patchType",
    "baseName": "patchType",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1NamedRuleWithOperations.js
var V1beta1NamedRuleWithOperations = class _V1beta1NamedRuleWithOperations {
  static getAttributeTypeMap() {
    return _V1beta1NamedRuleWithOperations.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1NamedRuleWithOperations.discriminator = void 0;
V1beta1NamedRuleWithOperations.mapping = void 0;
V1beta1NamedRuleWithOperations.attributeTypeMap = [
  {
    "name": "apiGroups",
    "baseName": "apiGroups",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "apiVersions",
    "baseName": "apiVersions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "operations",
    "baseName": "operations",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resourceNames",
    "baseName": "resourceNames",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "resources",
    "baseName": "resources",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "scope",
    "baseName": "scope",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1NetworkDeviceData.js
var V1beta1NetworkDeviceData = class _V1beta1NetworkDeviceData {
  static getAttributeTypeMap() {
    return _V1beta1NetworkDeviceData.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1NetworkDeviceData.discriminator = void 0;
V1beta1NetworkDeviceData.mapping = void 0;
V1beta1NetworkDeviceData.attributeTypeMap = [
  {
    "name": "hardwareAddress",
    "baseName": "hardwareAddress",
    "type": "string",
    "format": ""
  },
  {
    "name": "interfaceName",
    "baseName": "interfaceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "ips",
    "baseName": "ips",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1NodeAllocatableResourceMapping.js
var V1beta1NodeAllocatableResourceMapping = class _V1beta1NodeAllocatableResourceMapping {
  static getAttributeTypeMap() {
    return _V1beta1NodeAllocatableResourceMapping.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1NodeAllocatableResourceMapping.discriminator = void 0;
V1beta1NodeAllocatableResourceMapping.mapping = void 0;
V1beta1NodeAllocatableResourceMapping.attributeTypeMap = [
  {
    "name": "allocationMultiplier",
    "baseName": "allocationMultiplier",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacityKey",
    "baseName": "capacityKey",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1OpaqueDeviceConfiguration.js
var V1beta1OpaqueDeviceConfiguration = class _V1beta1OpaqueDeviceConfiguration {
  static getAttributeTypeMap() {
    return _V1beta1OpaqueDeviceConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1OpaqueDeviceConfiguration.discriminator = void 0;
V1beta1OpaqueDeviceConfiguration.mapping = void 0;
V1beta1OpaqueDeviceConfiguration.attributeTypeMap = [
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "parameters",
    "baseName": "parameters",
    "type": "any",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ParamKind.js
var V1beta1ParamKind = class _V1beta1ParamKind {
  static getAttributeTypeMap() {
    return _V1beta1ParamKind.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ParamKind.discriminator = void 0;
V1beta1ParamKind.mapping = void 0;
V1beta1ParamKind.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ParamRef.js
var V1beta1ParamRef = class _V1beta1ParamRef {
  static getAttributeTypeMap() {
    return _V1beta1ParamRef.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ParamRef.discriminator = void 0;
V1beta1ParamRef.mapping = void 0;
V1beta1ParamRef.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "parameterNotFoundAction",
    "baseName": "parameterNotFoundAction",
    "type": "string",
    "format": ""
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ParentReference.js
var V1beta1ParentReference = class _V1beta1ParentReference {
  static getAttributeTypeMap() {
    return _V1beta1ParentReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ParentReference.discriminator = void 0;
V1beta1ParentReference.mapping = void 0;
V1beta1ParentReference.attributeTypeMap = [
  {
    "name": "group",
    "baseName": "group",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "namespace",
    "baseName": "namespace",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1PodCertificateRequest.js
var V1beta1PodCertificateRequest = class _V1beta1PodCertificateRequest {
  static getAttributeTypeMap() {
    return _V1beta1PodCertificateRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1PodCertificateRequest.discriminator = void 0;
V1beta1PodCertificateRequest.mapping = void 0;
V1beta1PodCertificateRequest.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1PodCertificateRequestSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1beta1PodCertificateRequestStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1PodCertificateRequestList.js
var V1beta1PodCertificateRequestList = class _V1beta1PodCertificateRequestList {
  static getAttributeTypeMap() {
    return _V1beta1PodCertificateRequestList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1PodCertificateRequestList.discriminator = void 0;
V1beta1PodCertificateRequestList.mapping = void 0;
V1beta1PodCertificateRequestList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1PodCertificateRequest>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1PodCertificateRequestSpec.js
var V1beta1PodCertificateRequestSpec = class _V1beta1PodCertificateRequestSpec {
  static getAttributeTypeMap() {
    return _V1beta1PodCertificateRequestSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1PodCertificateRequestSpec.discriminator = void 0;
V1beta1PodCertificateRequestSpec.mapping = void 0;
V1beta1PodCertificateRequestSpec.attributeTypeMap = [
  {
    "name": "maxExpirationSeconds",
    "baseName": "maxExpirationSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeUID",
    "baseName": "nodeUID",
    "type": "string",
    "format": ""
  },
  {
    "name": "pkixPublicKey",
    "baseName": "pkixPublicKey",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "podName",
    "baseName": "podName",
    "type": "string",
    "format": ""
  },
  {
    "name": "podUID",
    "baseName": "podUID",
    "type": "string",
    "format": ""
  },
  {
    "name": "proofOfPossession",
    "baseName": "proofOfPossession",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "serviceAccountName",
    "baseName": "serviceAccountName",
    "type": "string",
    "format": ""
  },
  {
    "name": "serviceAccountUID",
    "baseName": "serviceAccountUID",
    "type": "string",
    "format": ""
  },
  {
    "name": "signerName",
    "baseName": "signerName",
    "type": "string",
    "format": ""
  },
  {
    "name": "stubPKCS10Request",
    "baseName": "stubPKCS10Request",
    "type": "string",
    "format": "byte"
  },
  {
    "name": "unverifiedUserAnnotations",
    "baseName": "unverifiedUserAnnotations",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1PodCertificateRequestStatus.js
var V1beta1PodCertificateRequestStatus = class _V1beta1PodCertificateRequestStatus {
  static getAttributeTypeMap() {
    return _V1beta1PodCertificateRequestStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1PodCertificateRequestStatus.discriminator = void 0;
V1beta1PodCertificateRequestStatus.mapping = void 0;
V1beta1PodCertificateRequestStatus.attributeTypeMap = [
  {
    "name": "beginRefreshAt",
    "baseName": "beginRefreshAt",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "certificateChain",
    "baseName": "certificateChain",
    "type": "string",
    "format": ""
  },
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "notAfter",
    "baseName": "notAfter",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "notBefore",
    "baseName": "notBefore",
    "type": "Date",
    "format": "date-time"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaim.js
var V1beta1ResourceClaim = class _V1beta1ResourceClaim {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaim.discriminator = void 0;
V1beta1ResourceClaim.mapping = void 0;
V1beta1ResourceClaim.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1ResourceClaimSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1beta1ResourceClaimStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaimConsumerReference.js
var V1beta1ResourceClaimConsumerReference = class _V1beta1ResourceClaimConsumerReference {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaimConsumerReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaimConsumerReference.discriminator = void 0;
V1beta1ResourceClaimConsumerReference.mapping = void 0;
V1beta1ResourceClaimConsumerReference.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaimList.js
var V1beta1ResourceClaimList = class _V1beta1ResourceClaimList {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaimList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaimList.discriminator = void 0;
V1beta1ResourceClaimList.mapping = void 0;
V1beta1ResourceClaimList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1ResourceClaim>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaimSpec.js
var V1beta1ResourceClaimSpec = class _V1beta1ResourceClaimSpec {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaimSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaimSpec.discriminator = void 0;
V1beta1ResourceClaimSpec.mapping = void 0;
V1beta1ResourceClaimSpec.attributeTypeMap = [
  {
    "name": "devices",
    "baseName": "devices",
    "type": "V1beta1DeviceClaim",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaimStatus.js
var V1beta1ResourceClaimStatus = class _V1beta1ResourceClaimStatus {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaimStatus.discriminator = void 0;
V1beta1ResourceClaimStatus.mapping = void 0;
V1beta1ResourceClaimStatus.attributeTypeMap = [
  {
    "name": "allocation",
    "baseName": "allocation",
    "type": "V1beta1AllocationResult",
    "format": ""
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "Array<V1beta1AllocatedDeviceStatus>",
    "format": ""
  },
  {
    "name": "reservedFor",
    "baseName": "reservedFor",
    "type": "Array<V1beta1ResourceClaimConsumerReference>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaimTemplate.js
var V1beta1ResourceClaimTemplate = class _V1beta1ResourceClaimTemplate {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaimTemplate.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaimTemplate.discriminator = void 0;
V1beta1ResourceClaimTemplate.mapping = void 0;
V1beta1ResourceClaimTemplate.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1ResourceClaimTemplateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaimTemplateList.js
var V1beta1ResourceClaimTemplateList = class _V1beta1ResourceClaimTemplateList {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaimTemplateList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaimTemplateList.discriminator = void 0;
V1beta1ResourceClaimTemplateList.mapping = void 0;
V1beta1ResourceClaimTemplateList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1ResourceClaimTemplate>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceClaimTemplateSpec.js
var V1beta1ResourceClaimTemplateSpec = class _V1beta1ResourceClaimTemplateSpec {
  static getAttributeTypeMap() {
    return _V1beta1ResourceClaimTemplateSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceClaimTemplateSpec.discriminator = void 0;
V1beta1ResourceClaimTemplateSpec.mapping = void 0;
V1beta1ResourceClaimTemplateSpec.attributeTypeMap = [
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1ResourceClaimSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourcePool.js
var V1beta1ResourcePool = class _V1beta1ResourcePool {
  static getAttributeTypeMap() {
    return _V1beta1ResourcePool.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourcePool.discriminator = void 0;
V1beta1ResourcePool.mapping = void 0;
V1beta1ResourcePool.attributeTypeMap = [
  {
    "name": "generation",
    "baseName": "generation",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceSliceCount",
    "baseName": "resourceSliceCount",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceSlice.js
var V1beta1ResourceSlice = class _V1beta1ResourceSlice {
  static getAttributeTypeMap() {
    return _V1beta1ResourceSlice.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceSlice.discriminator = void 0;
V1beta1ResourceSlice.mapping = void 0;
V1beta1ResourceSlice.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1ResourceSliceSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceSliceList.js
var V1beta1ResourceSliceList = class _V1beta1ResourceSliceList {
  static getAttributeTypeMap() {
    return _V1beta1ResourceSliceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceSliceList.discriminator = void 0;
V1beta1ResourceSliceList.mapping = void 0;
V1beta1ResourceSliceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1ResourceSlice>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ResourceSliceSpec.js
var V1beta1ResourceSliceSpec = class _V1beta1ResourceSliceSpec {
  static getAttributeTypeMap() {
    return _V1beta1ResourceSliceSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ResourceSliceSpec.discriminator = void 0;
V1beta1ResourceSliceSpec.mapping = void 0;
V1beta1ResourceSliceSpec.attributeTypeMap = [
  {
    "name": "allNodes",
    "baseName": "allNodes",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "Array<V1beta1Device>",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  },
  {
    "name": "perDeviceNodeSelection",
    "baseName": "perDeviceNodeSelection",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "V1beta1ResourcePool",
    "format": ""
  },
  {
    "name": "sharedCounters",
    "baseName": "sharedCounters",
    "type": "Array<V1beta1CounterSet>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ServiceCIDR.js
var V1beta1ServiceCIDR = class _V1beta1ServiceCIDR {
  static getAttributeTypeMap() {
    return _V1beta1ServiceCIDR.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ServiceCIDR.discriminator = void 0;
V1beta1ServiceCIDR.mapping = void 0;
V1beta1ServiceCIDR.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1ServiceCIDRSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1beta1ServiceCIDRStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ServiceCIDRList.js
var V1beta1ServiceCIDRList = class _V1beta1ServiceCIDRList {
  static getAttributeTypeMap() {
    return _V1beta1ServiceCIDRList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ServiceCIDRList.discriminator = void 0;
V1beta1ServiceCIDRList.mapping = void 0;
V1beta1ServiceCIDRList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1ServiceCIDR>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ServiceCIDRSpec.js
var V1beta1ServiceCIDRSpec = class _V1beta1ServiceCIDRSpec {
  static getAttributeTypeMap() {
    return _V1beta1ServiceCIDRSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ServiceCIDRSpec.discriminator = void 0;
V1beta1ServiceCIDRSpec.mapping = void 0;
V1beta1ServiceCIDRSpec.attributeTypeMap = [
  {
    "name": "cidrs",
    "baseName": "cidrs",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1ServiceCIDRStatus.js
var V1beta1ServiceCIDRStatus = class _V1beta1ServiceCIDRStatus {
  static getAttributeTypeMap() {
    return _V1beta1ServiceCIDRStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1ServiceCIDRStatus.discriminator = void 0;
V1beta1ServiceCIDRStatus.mapping = void 0;
V1beta1ServiceCIDRStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1StorageVersionMigration.js
var V1beta1StorageVersionMigration = class _V1beta1StorageVersionMigration {
  static getAttributeTypeMap() {
    return _V1beta1StorageVersionMigration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1StorageVersionMigration.discriminator = void 0;
V1beta1StorageVersionMigration.mapping = void 0;
V1beta1StorageVersionMigration.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta1StorageVersionMigrationSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1beta1StorageVersionMigrationStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1StorageVersionMigrationList.js
var V1beta1StorageVersionMigrationList = class _V1beta1StorageVersionMigrationList {
  static getAttributeTypeMap() {
    return _V1beta1StorageVersionMigrationList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1StorageVersionMigrationList.discriminator = void 0;
V1beta1StorageVersionMigrationList.mapping = void 0;
V1beta1StorageVersionMigrationList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1StorageVersionMigration>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1StorageVersionMigrationSpec.js
var V1beta1StorageVersionMigrationSpec = class _V1beta1StorageVersionMigrationSpec {
  static getAttributeTypeMap() {
    return _V1beta1StorageVersionMigrationSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1StorageVersionMigrationSpec.discriminator = void 0;
V1beta1StorageVersionMigrationSpec.mapping = void 0;
V1beta1StorageVersionMigrationSpec.attributeTypeMap = [
  {
    "name": "resource",
    "baseName": "resource",
    "type": "V1GroupResource",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1StorageVersionMigrationStatus.js
var V1beta1StorageVersionMigrationStatus = class _V1beta1StorageVersionMigrationStatus {
  static getAttributeTypeMap() {
    return _V1beta1StorageVersionMigrationStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1StorageVersionMigrationStatus.discriminator = void 0;
V1beta1StorageVersionMigrationStatus.mapping = void 0;
V1beta1StorageVersionMigrationStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "resourceVersion",
    "baseName": "resourceVersion",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1Variable.js
var V1beta1Variable = class _V1beta1Variable {
  static getAttributeTypeMap() {
    return _V1beta1Variable.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1Variable.discriminator = void 0;
V1beta1Variable.mapping = void 0;
V1beta1Variable.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1VolumeAttributesClass.js
var V1beta1VolumeAttributesClass = class _V1beta1VolumeAttributesClass {
  static getAttributeTypeMap() {
    return _V1beta1VolumeAttributesClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1VolumeAttributesClass.discriminator = void 0;
V1beta1VolumeAttributesClass.mapping = void 0;
V1beta1VolumeAttributesClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "driverName",
    "baseName": "driverName",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "parameters",
    "baseName": "parameters",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta1VolumeAttributesClassList.js
var V1beta1VolumeAttributesClassList = class _V1beta1VolumeAttributesClassList {
  static getAttributeTypeMap() {
    return _V1beta1VolumeAttributesClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta1VolumeAttributesClassList.discriminator = void 0;
V1beta1VolumeAttributesClassList.mapping = void 0;
V1beta1VolumeAttributesClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta1VolumeAttributesClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2AllocatedDeviceStatus.js
var V1beta2AllocatedDeviceStatus = class _V1beta2AllocatedDeviceStatus {
  static getAttributeTypeMap() {
    return _V1beta2AllocatedDeviceStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2AllocatedDeviceStatus.discriminator = void 0;
V1beta2AllocatedDeviceStatus.mapping = void 0;
V1beta2AllocatedDeviceStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  },
  {
    "name": "data",
    "baseName": "data",
    "type": "any",
    "format": ""
  },
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "networkData",
    "baseName": "networkData",
    "type": "V1beta2NetworkDeviceData",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareID",
    "baseName": "shareID",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2AllocationResult.js
var V1beta2AllocationResult = class _V1beta2AllocationResult {
  static getAttributeTypeMap() {
    return _V1beta2AllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2AllocationResult.discriminator = void 0;
V1beta2AllocationResult.mapping = void 0;
V1beta2AllocationResult.attributeTypeMap = [
  {
    "name": "allocationTimestamp",
    "baseName": "allocationTimestamp",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "V1beta2DeviceAllocationResult",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2CELDeviceSelector.js
var V1beta2CELDeviceSelector = class _V1beta2CELDeviceSelector {
  static getAttributeTypeMap() {
    return _V1beta2CELDeviceSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2CELDeviceSelector.discriminator = void 0;
V1beta2CELDeviceSelector.mapping = void 0;
V1beta2CELDeviceSelector.attributeTypeMap = [
  {
    "name": "expression",
    "baseName": "expression",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2CapacityRequestPolicy.js
var V1beta2CapacityRequestPolicy = class _V1beta2CapacityRequestPolicy {
  static getAttributeTypeMap() {
    return _V1beta2CapacityRequestPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2CapacityRequestPolicy.discriminator = void 0;
V1beta2CapacityRequestPolicy.mapping = void 0;
V1beta2CapacityRequestPolicy.attributeTypeMap = [
  {
    "name": "_default",
    "baseName": "default",
    "type": "string",
    "format": ""
  },
  {
    "name": "validRange",
    "baseName": "validRange",
    "type": "V1beta2CapacityRequestPolicyRange",
    "format": ""
  },
  {
    "name": "validValues",
    "baseName": "validValues",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2CapacityRequestPolicyRange.js
var V1beta2CapacityRequestPolicyRange = class _V1beta2CapacityRequestPolicyRange {
  static getAttributeTypeMap() {
    return _V1beta2CapacityRequestPolicyRange.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2CapacityRequestPolicyRange.discriminator = void 0;
V1beta2CapacityRequestPolicyRange.mapping = void 0;
V1beta2CapacityRequestPolicyRange.attributeTypeMap = [
  {
    "name": "max",
    "baseName": "max",
    "type": "string",
    "format": ""
  },
  {
    "name": "min",
    "baseName": "min",
    "type": "string",
    "format": ""
  },
  {
    "name": "step",
    "baseName": "step",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2CapacityRequirements.js
var V1beta2CapacityRequirements = class _V1beta2CapacityRequirements {
  static getAttributeTypeMap() {
    return _V1beta2CapacityRequirements.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2CapacityRequirements.discriminator = void 0;
V1beta2CapacityRequirements.mapping = void 0;
V1beta2CapacityRequirements.attributeTypeMap = [
  {
    "name": "requests",
    "baseName": "requests",
    "type": "{ [key: string]: string; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2Counter.js
var V1beta2Counter = class _V1beta2Counter {
  static getAttributeTypeMap() {
    return _V1beta2Counter.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2Counter.discriminator = void 0;
V1beta2Counter.mapping = void 0;
V1beta2Counter.attributeTypeMap = [
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2CounterSet.js
var V1beta2CounterSet = class _V1beta2CounterSet {
  static getAttributeTypeMap() {
    return _V1beta2CounterSet.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2CounterSet.discriminator = void 0;
V1beta2CounterSet.mapping = void 0;
V1beta2CounterSet.attributeTypeMap = [
  {
    "name": "counters",
    "baseName": "counters",
    "type": "{ [key: string]: V1beta2Counter; }",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2Device.js
var V1beta2Device = class _V1beta2Device {
  static getAttributeTypeMap() {
    return _V1beta2Device.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2Device.discriminator = void 0;
V1beta2Device.mapping = void 0;
V1beta2Device.attributeTypeMap = [
  {
    "name": "allNodes",
    "baseName": "allNodes",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "allowMultipleAllocations",
    "baseName": "allowMultipleAllocations",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "attributes",
    "baseName": "attributes",
    "type": "{ [key: string]: V1beta2DeviceAttribute; }",
    "format": ""
  },
  {
    "name": "bindingConditions",
    "baseName": "bindingConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindingFailureConditions",
    "baseName": "bindingFailureConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindsToNode",
    "baseName": "bindsToNode",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "{ [key: string]: V1beta2DeviceCapacity; }",
    "format": ""
  },
  {
    "name": "consumesCounters",
    "baseName": "consumesCounters",
    "type": "Array<V1beta2DeviceCounterConsumption>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeAllocatableResourceMappings",
    "baseName": "nodeAllocatableResourceMappings",
    "type": "{ [key: string]: V1beta2NodeAllocatableResourceMapping; }",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  },
  {
    "name": "taints",
    "baseName": "taints",
    "type": "Array<V1beta2DeviceTaint>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceAllocationConfiguration.js
var V1beta2DeviceAllocationConfiguration = class _V1beta2DeviceAllocationConfiguration {
  static getAttributeTypeMap() {
    return _V1beta2DeviceAllocationConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceAllocationConfiguration.discriminator = void 0;
V1beta2DeviceAllocationConfiguration.mapping = void 0;
V1beta2DeviceAllocationConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1beta2OpaqueDeviceConfiguration",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "source",
    "baseName": "source",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceAllocationResult.js
var V1beta2DeviceAllocationResult = class _V1beta2DeviceAllocationResult {
  static getAttributeTypeMap() {
    return _V1beta2DeviceAllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceAllocationResult.discriminator = void 0;
V1beta2DeviceAllocationResult.mapping = void 0;
V1beta2DeviceAllocationResult.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1beta2DeviceAllocationConfiguration>",
    "format": ""
  },
  {
    "name": "results",
    "baseName": "results",
    "type": "Array<V1beta2DeviceRequestAllocationResult>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceAttribute.js
var V1beta2DeviceAttribute = class _V1beta2DeviceAttribute {
  static getAttributeTypeMap() {
    return _V1beta2DeviceAttribute.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceAttribute.discriminator = void 0;
V1beta2DeviceAttribute.mapping = void 0;
V1beta2DeviceAttribute.attributeTypeMap = [
  {
    "name": "bool",
    "baseName": "bool",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "bools",
    "baseName": "bools",
    "type": "Array<boolean>",
    "format": ""
  },
  {
    "name": "_int",
    "baseName": "int",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "ints",
    "baseName": "ints",
    "type": "Array<number>",
    "format": "int64"
  },
  {
    "name": "string",
    "baseName": "string",
    "type": "string",
    "format": ""
  },
  {
    "name": "strings",
    "baseName": "strings",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "version",
    "baseName": "version",
    "type": "string",
    "format": ""
  },
  {
    "name": "versions",
    "baseName": "versions",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceCapacity.js
var V1beta2DeviceCapacity = class _V1beta2DeviceCapacity {
  static getAttributeTypeMap() {
    return _V1beta2DeviceCapacity.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceCapacity.discriminator = void 0;
V1beta2DeviceCapacity.mapping = void 0;
V1beta2DeviceCapacity.attributeTypeMap = [
  {
    "name": "requestPolicy",
    "baseName": "requestPolicy",
    "type": "V1beta2CapacityRequestPolicy",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceClaim.js
var V1beta2DeviceClaim = class _V1beta2DeviceClaim {
  static getAttributeTypeMap() {
    return _V1beta2DeviceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceClaim.discriminator = void 0;
V1beta2DeviceClaim.mapping = void 0;
V1beta2DeviceClaim.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1beta2DeviceClaimConfiguration>",
    "format": ""
  },
  {
    "name": "constraints",
    "baseName": "constraints",
    "type": "Array<V1beta2DeviceConstraint>",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<V1beta2DeviceRequest>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceClaimConfiguration.js
var V1beta2DeviceClaimConfiguration = class _V1beta2DeviceClaimConfiguration {
  static getAttributeTypeMap() {
    return _V1beta2DeviceClaimConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceClaimConfiguration.discriminator = void 0;
V1beta2DeviceClaimConfiguration.mapping = void 0;
V1beta2DeviceClaimConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1beta2OpaqueDeviceConfiguration",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceClass.js
var V1beta2DeviceClass = class _V1beta2DeviceClass {
  static getAttributeTypeMap() {
    return _V1beta2DeviceClass.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceClass.discriminator = void 0;
V1beta2DeviceClass.mapping = void 0;
V1beta2DeviceClass.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta2DeviceClassSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceClassConfiguration.js
var V1beta2DeviceClassConfiguration = class _V1beta2DeviceClassConfiguration {
  static getAttributeTypeMap() {
    return _V1beta2DeviceClassConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceClassConfiguration.discriminator = void 0;
V1beta2DeviceClassConfiguration.mapping = void 0;
V1beta2DeviceClassConfiguration.attributeTypeMap = [
  {
    "name": "opaque",
    "baseName": "opaque",
    "type": "V1beta2OpaqueDeviceConfiguration",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceClassList.js
var V1beta2DeviceClassList = class _V1beta2DeviceClassList {
  static getAttributeTypeMap() {
    return _V1beta2DeviceClassList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceClassList.discriminator = void 0;
V1beta2DeviceClassList.mapping = void 0;
V1beta2DeviceClassList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta2DeviceClass>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceClassSpec.js
var V1beta2DeviceClassSpec = class _V1beta2DeviceClassSpec {
  static getAttributeTypeMap() {
    return _V1beta2DeviceClassSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceClassSpec.discriminator = void 0;
V1beta2DeviceClassSpec.mapping = void 0;
V1beta2DeviceClassSpec.attributeTypeMap = [
  {
    "name": "config",
    "baseName": "config",
    "type": "Array<V1beta2DeviceClassConfiguration>",
    "format": ""
  },
  {
    "name": "extendedResourceName",
    "baseName": "extendedResourceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1beta2DeviceSelector>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceConstraint.js
var V1beta2DeviceConstraint = class _V1beta2DeviceConstraint {
  static getAttributeTypeMap() {
    return _V1beta2DeviceConstraint.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceConstraint.discriminator = void 0;
V1beta2DeviceConstraint.mapping = void 0;
V1beta2DeviceConstraint.attributeTypeMap = [
  {
    "name": "distinctAttribute",
    "baseName": "distinctAttribute",
    "type": "string",
    "format": ""
  },
  {
    "name": "matchAttribute",
    "baseName": "matchAttribute",
    "type": "string",
    "format": ""
  },
  {
    "name": "requests",
    "baseName": "requests",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceCounterConsumption.js
var V1beta2DeviceCounterConsumption = class _V1beta2DeviceCounterConsumption {
  static getAttributeTypeMap() {
    return _V1beta2DeviceCounterConsumption.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceCounterConsumption.discriminator = void 0;
V1beta2DeviceCounterConsumption.mapping = void 0;
V1beta2DeviceCounterConsumption.attributeTypeMap = [
  {
    "name": "counterSet",
    "baseName": "counterSet",
    "type": "string",
    "format": ""
  },
  {
    "name": "counters",
    "baseName": "counters",
    "type": "{ [key: string]: V1beta2Counter; }",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceRequest.js
var V1beta2DeviceRequest = class _V1beta2DeviceRequest {
  static getAttributeTypeMap() {
    return _V1beta2DeviceRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceRequest.discriminator = void 0;
V1beta2DeviceRequest.mapping = void 0;
V1beta2DeviceRequest.attributeTypeMap = [
  {
    "name": "exactly",
    "baseName": "exactly",
    "type": "V1beta2ExactDeviceRequest",
    "format": ""
  },
  {
    "name": "firstAvailable",
    "baseName": "firstAvailable",
    "type": "Array<V1beta2DeviceSubRequest>",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceRequestAllocationResult.js
var V1beta2DeviceRequestAllocationResult = class _V1beta2DeviceRequestAllocationResult {
  static getAttributeTypeMap() {
    return _V1beta2DeviceRequestAllocationResult.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceRequestAllocationResult.discriminator = void 0;
V1beta2DeviceRequestAllocationResult.mapping = void 0;
V1beta2DeviceRequestAllocationResult.attributeTypeMap = [
  {
    "name": "adminAccess",
    "baseName": "adminAccess",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "bindingConditions",
    "baseName": "bindingConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "bindingFailureConditions",
    "baseName": "bindingFailureConditions",
    "type": "Array<string>",
    "format": ""
  },
  {
    "name": "consumedCapacity",
    "baseName": "consumedCapacity",
    "type": "{ [key: string]: string; }",
    "format": ""
  },
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  },
  {
    "name": "request",
    "baseName": "request",
    "type": "string",
    "format": ""
  },
  {
    "name": "shareID",
    "baseName": "shareID",
    "type": "string",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1beta2DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceSelector.js
var V1beta2DeviceSelector = class _V1beta2DeviceSelector {
  static getAttributeTypeMap() {
    return _V1beta2DeviceSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceSelector.discriminator = void 0;
V1beta2DeviceSelector.mapping = void 0;
V1beta2DeviceSelector.attributeTypeMap = [
  {
    "name": "cel",
    "baseName": "cel",
    "type": "V1beta2CELDeviceSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceSubRequest.js
var V1beta2DeviceSubRequest = class _V1beta2DeviceSubRequest {
  static getAttributeTypeMap() {
    return _V1beta2DeviceSubRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceSubRequest.discriminator = void 0;
V1beta2DeviceSubRequest.mapping = void 0;
V1beta2DeviceSubRequest.attributeTypeMap = [
  {
    "name": "allocationMode",
    "baseName": "allocationMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "V1beta2CapacityRequirements",
    "format": ""
  },
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "deviceClassName",
    "baseName": "deviceClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1beta2DeviceSelector>",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1beta2DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceTaint.js
var V1beta2DeviceTaint = class _V1beta2DeviceTaint {
  static getAttributeTypeMap() {
    return _V1beta2DeviceTaint.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceTaint.discriminator = void 0;
V1beta2DeviceTaint.mapping = void 0;
V1beta2DeviceTaint.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "timeAdded",
    "baseName": "timeAdded",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceTaintRule.js
var V1beta2DeviceTaintRule = class _V1beta2DeviceTaintRule {
  static getAttributeTypeMap() {
    return _V1beta2DeviceTaintRule.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceTaintRule.discriminator = void 0;
V1beta2DeviceTaintRule.mapping = void 0;
V1beta2DeviceTaintRule.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta2DeviceTaintRuleSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1beta2DeviceTaintRuleStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceTaintRuleList.js
var V1beta2DeviceTaintRuleList = class _V1beta2DeviceTaintRuleList {
  static getAttributeTypeMap() {
    return _V1beta2DeviceTaintRuleList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceTaintRuleList.discriminator = void 0;
V1beta2DeviceTaintRuleList.mapping = void 0;
V1beta2DeviceTaintRuleList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta2DeviceTaintRule>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceTaintRuleSpec.js
var V1beta2DeviceTaintRuleSpec = class _V1beta2DeviceTaintRuleSpec {
  static getAttributeTypeMap() {
    return _V1beta2DeviceTaintRuleSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceTaintRuleSpec.discriminator = void 0;
V1beta2DeviceTaintRuleSpec.mapping = void 0;
V1beta2DeviceTaintRuleSpec.attributeTypeMap = [
  {
    "name": "deviceSelector",
    "baseName": "deviceSelector",
    "type": "V1beta2DeviceTaintSelector",
    "format": ""
  },
  {
    "name": "taint",
    "baseName": "taint",
    "type": "V1beta2DeviceTaint",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceTaintRuleStatus.js
var V1beta2DeviceTaintRuleStatus = class _V1beta2DeviceTaintRuleStatus {
  static getAttributeTypeMap() {
    return _V1beta2DeviceTaintRuleStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceTaintRuleStatus.discriminator = void 0;
V1beta2DeviceTaintRuleStatus.mapping = void 0;
V1beta2DeviceTaintRuleStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V1Condition>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceTaintSelector.js
var V1beta2DeviceTaintSelector = class _V1beta2DeviceTaintSelector {
  static getAttributeTypeMap() {
    return _V1beta2DeviceTaintSelector.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceTaintSelector.discriminator = void 0;
V1beta2DeviceTaintSelector.mapping = void 0;
V1beta2DeviceTaintSelector.attributeTypeMap = [
  {
    "name": "device",
    "baseName": "device",
    "type": "string",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2DeviceToleration.js
var V1beta2DeviceToleration = class _V1beta2DeviceToleration {
  static getAttributeTypeMap() {
    return _V1beta2DeviceToleration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2DeviceToleration.discriminator = void 0;
V1beta2DeviceToleration.mapping = void 0;
V1beta2DeviceToleration.attributeTypeMap = [
  {
    "name": "effect",
    "baseName": "effect",
    "type": "string",
    "format": ""
  },
  {
    "name": "key",
    "baseName": "key",
    "type": "string",
    "format": ""
  },
  {
    "name": "operator",
    "baseName": "operator",
    "type": "string",
    "format": ""
  },
  {
    "name": "tolerationSeconds",
    "baseName": "tolerationSeconds",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ExactDeviceRequest.js
var V1beta2ExactDeviceRequest = class _V1beta2ExactDeviceRequest {
  static getAttributeTypeMap() {
    return _V1beta2ExactDeviceRequest.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ExactDeviceRequest.discriminator = void 0;
V1beta2ExactDeviceRequest.mapping = void 0;
V1beta2ExactDeviceRequest.attributeTypeMap = [
  {
    "name": "adminAccess",
    "baseName": "adminAccess",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "allocationMode",
    "baseName": "allocationMode",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacity",
    "baseName": "capacity",
    "type": "V1beta2CapacityRequirements",
    "format": ""
  },
  {
    "name": "count",
    "baseName": "count",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "deviceClassName",
    "baseName": "deviceClassName",
    "type": "string",
    "format": ""
  },
  {
    "name": "selectors",
    "baseName": "selectors",
    "type": "Array<V1beta2DeviceSelector>",
    "format": ""
  },
  {
    "name": "tolerations",
    "baseName": "tolerations",
    "type": "Array<V1beta2DeviceToleration>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2NetworkDeviceData.js
var V1beta2NetworkDeviceData = class _V1beta2NetworkDeviceData {
  static getAttributeTypeMap() {
    return _V1beta2NetworkDeviceData.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2NetworkDeviceData.discriminator = void 0;
V1beta2NetworkDeviceData.mapping = void 0;
V1beta2NetworkDeviceData.attributeTypeMap = [
  {
    "name": "hardwareAddress",
    "baseName": "hardwareAddress",
    "type": "string",
    "format": ""
  },
  {
    "name": "interfaceName",
    "baseName": "interfaceName",
    "type": "string",
    "format": ""
  },
  {
    "name": "ips",
    "baseName": "ips",
    "type": "Array<string>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2NodeAllocatableResourceMapping.js
var V1beta2NodeAllocatableResourceMapping = class _V1beta2NodeAllocatableResourceMapping {
  static getAttributeTypeMap() {
    return _V1beta2NodeAllocatableResourceMapping.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2NodeAllocatableResourceMapping.discriminator = void 0;
V1beta2NodeAllocatableResourceMapping.mapping = void 0;
V1beta2NodeAllocatableResourceMapping.attributeTypeMap = [
  {
    "name": "allocationMultiplier",
    "baseName": "allocationMultiplier",
    "type": "string",
    "format": ""
  },
  {
    "name": "capacityKey",
    "baseName": "capacityKey",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2OpaqueDeviceConfiguration.js
var V1beta2OpaqueDeviceConfiguration = class _V1beta2OpaqueDeviceConfiguration {
  static getAttributeTypeMap() {
    return _V1beta2OpaqueDeviceConfiguration.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2OpaqueDeviceConfiguration.discriminator = void 0;
V1beta2OpaqueDeviceConfiguration.mapping = void 0;
V1beta2OpaqueDeviceConfiguration.attributeTypeMap = [
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "parameters",
    "baseName": "parameters",
    "type": "any",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaim.js
var V1beta2ResourceClaim = class _V1beta2ResourceClaim {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaim.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaim.discriminator = void 0;
V1beta2ResourceClaim.mapping = void 0;
V1beta2ResourceClaim.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta2ResourceClaimSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V1beta2ResourceClaimStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaimConsumerReference.js
var V1beta2ResourceClaimConsumerReference = class _V1beta2ResourceClaimConsumerReference {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaimConsumerReference.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaimConsumerReference.discriminator = void 0;
V1beta2ResourceClaimConsumerReference.mapping = void 0;
V1beta2ResourceClaimConsumerReference.attributeTypeMap = [
  {
    "name": "apiGroup",
    "baseName": "apiGroup",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "string",
    "format": ""
  },
  {
    "name": "uid",
    "baseName": "uid",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaimList.js
var V1beta2ResourceClaimList = class _V1beta2ResourceClaimList {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaimList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaimList.discriminator = void 0;
V1beta2ResourceClaimList.mapping = void 0;
V1beta2ResourceClaimList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta2ResourceClaim>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaimSpec.js
var V1beta2ResourceClaimSpec = class _V1beta2ResourceClaimSpec {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaimSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaimSpec.discriminator = void 0;
V1beta2ResourceClaimSpec.mapping = void 0;
V1beta2ResourceClaimSpec.attributeTypeMap = [
  {
    "name": "devices",
    "baseName": "devices",
    "type": "V1beta2DeviceClaim",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaimStatus.js
var V1beta2ResourceClaimStatus = class _V1beta2ResourceClaimStatus {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaimStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaimStatus.discriminator = void 0;
V1beta2ResourceClaimStatus.mapping = void 0;
V1beta2ResourceClaimStatus.attributeTypeMap = [
  {
    "name": "allocation",
    "baseName": "allocation",
    "type": "V1beta2AllocationResult",
    "format": ""
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "Array<V1beta2AllocatedDeviceStatus>",
    "format": ""
  },
  {
    "name": "reservedFor",
    "baseName": "reservedFor",
    "type": "Array<V1beta2ResourceClaimConsumerReference>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaimTemplate.js
var V1beta2ResourceClaimTemplate = class _V1beta2ResourceClaimTemplate {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaimTemplate.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaimTemplate.discriminator = void 0;
V1beta2ResourceClaimTemplate.mapping = void 0;
V1beta2ResourceClaimTemplate.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta2ResourceClaimTemplateSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaimTemplateList.js
var V1beta2ResourceClaimTemplateList = class _V1beta2ResourceClaimTemplateList {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaimTemplateList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaimTemplateList.discriminator = void 0;
V1beta2ResourceClaimTemplateList.mapping = void 0;
V1beta2ResourceClaimTemplateList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta2ResourceClaimTemplate>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceClaimTemplateSpec.js
var V1beta2ResourceClaimTemplateSpec = class _V1beta2ResourceClaimTemplateSpec {
  static getAttributeTypeMap() {
    return _V1beta2ResourceClaimTemplateSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceClaimTemplateSpec.discriminator = void 0;
V1beta2ResourceClaimTemplateSpec.mapping = void 0;
V1beta2ResourceClaimTemplateSpec.attributeTypeMap = [
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta2ResourceClaimSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourcePool.js
var V1beta2ResourcePool = class _V1beta2ResourcePool {
  static getAttributeTypeMap() {
    return _V1beta2ResourcePool.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourcePool.discriminator = void 0;
V1beta2ResourcePool.mapping = void 0;
V1beta2ResourcePool.attributeTypeMap = [
  {
    "name": "generation",
    "baseName": "generation",
    "type": "number",
    "format": "int64"
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "resourceSliceCount",
    "baseName": "resourceSliceCount",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceSlice.js
var V1beta2ResourceSlice = class _V1beta2ResourceSlice {
  static getAttributeTypeMap() {
    return _V1beta2ResourceSlice.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceSlice.discriminator = void 0;
V1beta2ResourceSlice.mapping = void 0;
V1beta2ResourceSlice.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V1beta2ResourceSliceSpec",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceSliceList.js
var V1beta2ResourceSliceList = class _V1beta2ResourceSliceList {
  static getAttributeTypeMap() {
    return _V1beta2ResourceSliceList.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceSliceList.discriminator = void 0;
V1beta2ResourceSliceList.mapping = void 0;
V1beta2ResourceSliceList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V1beta2ResourceSlice>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V1beta2ResourceSliceSpec.js
var V1beta2ResourceSliceSpec = class _V1beta2ResourceSliceSpec {
  static getAttributeTypeMap() {
    return _V1beta2ResourceSliceSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V1beta2ResourceSliceSpec.discriminator = void 0;
V1beta2ResourceSliceSpec.mapping = void 0;
V1beta2ResourceSliceSpec.attributeTypeMap = [
  {
    "name": "allNodes",
    "baseName": "allNodes",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "devices",
    "baseName": "devices",
    "type": "Array<V1beta2Device>",
    "format": ""
  },
  {
    "name": "driver",
    "baseName": "driver",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeName",
    "baseName": "nodeName",
    "type": "string",
    "format": ""
  },
  {
    "name": "nodeSelector",
    "baseName": "nodeSelector",
    "type": "V1NodeSelector",
    "format": ""
  },
  {
    "name": "perDeviceNodeSelection",
    "baseName": "perDeviceNodeSelection",
    "type": "boolean",
    "format": ""
  },
  {
    "name": "pool",
    "baseName": "pool",
    "type": "V1beta2ResourcePool",
    "format": ""
  },
  {
    "name": "sharedCounters",
    "baseName": "sharedCounters",
    "type": "Array<V1beta2CounterSet>",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ContainerResourceMetricSource.js
var V2ContainerResourceMetricSource = class _V2ContainerResourceMetricSource {
  static getAttributeTypeMap() {
    return _V2ContainerResourceMetricSource.attributeTypeMap;
  }
  constructor() {
  }
};
V2ContainerResourceMetricSource.discriminator = void 0;
V2ContainerResourceMetricSource.mapping = void 0;
V2ContainerResourceMetricSource.attributeTypeMap = [
  {
    "name": "container",
    "baseName": "container",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "target",
    "baseName": "target",
    "type": "V2MetricTarget",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ContainerResourceMetricStatus.js
var V2ContainerResourceMetricStatus = class _V2ContainerResourceMetricStatus {
  static getAttributeTypeMap() {
    return _V2ContainerResourceMetricStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2ContainerResourceMetricStatus.discriminator = void 0;
V2ContainerResourceMetricStatus.mapping = void 0;
V2ContainerResourceMetricStatus.attributeTypeMap = [
  {
    "name": "container",
    "baseName": "container",
    "type": "string",
    "format": ""
  },
  {
    "name": "current",
    "baseName": "current",
    "type": "V2MetricValueStatus",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2CrossVersionObjectReference.js
var V2CrossVersionObjectReference = class _V2CrossVersionObjectReference {
  static getAttributeTypeMap() {
    return _V2CrossVersionObjectReference.attributeTypeMap;
  }
  constructor() {
  }
};
V2CrossVersionObjectReference.discriminator = void 0;
V2CrossVersionObjectReference.mapping = void 0;
V2CrossVersionObjectReference.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ExternalMetricSource.js
var V2ExternalMetricSource = class _V2ExternalMetricSource {
  static getAttributeTypeMap() {
    return _V2ExternalMetricSource.attributeTypeMap;
  }
  constructor() {
  }
};
V2ExternalMetricSource.discriminator = void 0;
V2ExternalMetricSource.mapping = void 0;
V2ExternalMetricSource.attributeTypeMap = [
  {
    "name": "metric",
    "baseName": "metric",
    "type": "V2MetricIdentifier",
    "format": ""
  },
  {
    "name": "target",
    "baseName": "target",
    "type": "V2MetricTarget",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ExternalMetricStatus.js
var V2ExternalMetricStatus = class _V2ExternalMetricStatus {
  static getAttributeTypeMap() {
    return _V2ExternalMetricStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2ExternalMetricStatus.discriminator = void 0;
V2ExternalMetricStatus.mapping = void 0;
V2ExternalMetricStatus.attributeTypeMap = [
  {
    "name": "current",
    "baseName": "current",
    "type": "V2MetricValueStatus",
    "format": ""
  },
  {
    "name": "metric",
    "baseName": "metric",
    "type": "V2MetricIdentifier",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HPAScalingPolicy.js
var V2HPAScalingPolicy = class _V2HPAScalingPolicy {
  static getAttributeTypeMap() {
    return _V2HPAScalingPolicy.attributeTypeMap;
  }
  constructor() {
  }
};
V2HPAScalingPolicy.discriminator = void 0;
V2HPAScalingPolicy.mapping = void 0;
V2HPAScalingPolicy.attributeTypeMap = [
  {
    "name": "periodSeconds",
    "baseName": "periodSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "number",
    "format": "int32"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HPAScalingRules.js
var V2HPAScalingRules = class _V2HPAScalingRules {
  static getAttributeTypeMap() {
    return _V2HPAScalingRules.attributeTypeMap;
  }
  constructor() {
  }
};
V2HPAScalingRules.discriminator = void 0;
V2HPAScalingRules.mapping = void 0;
V2HPAScalingRules.attributeTypeMap = [
  {
    "name": "policies",
    "baseName": "policies",
    "type": "Array<V2HPAScalingPolicy>",
    "format": ""
  },
  {
    "name": "selectPolicy",
    "baseName": "selectPolicy",
    "type": "string",
    "format": ""
  },
  {
    "name": "stabilizationWindowSeconds",
    "baseName": "stabilizationWindowSeconds",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "tolerance",
    "baseName": "tolerance",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HorizontalPodAutoscaler.js
var V2HorizontalPodAutoscaler = class _V2HorizontalPodAutoscaler {
  static getAttributeTypeMap() {
    return _V2HorizontalPodAutoscaler.attributeTypeMap;
  }
  constructor() {
  }
};
V2HorizontalPodAutoscaler.discriminator = void 0;
V2HorizontalPodAutoscaler.mapping = void 0;
V2HorizontalPodAutoscaler.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ObjectMeta",
    "format": ""
  },
  {
    "name": "spec",
    "baseName": "spec",
    "type": "V2HorizontalPodAutoscalerSpec",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "V2HorizontalPodAutoscalerStatus",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HorizontalPodAutoscalerBehavior.js
var V2HorizontalPodAutoscalerBehavior = class _V2HorizontalPodAutoscalerBehavior {
  static getAttributeTypeMap() {
    return _V2HorizontalPodAutoscalerBehavior.attributeTypeMap;
  }
  constructor() {
  }
};
V2HorizontalPodAutoscalerBehavior.discriminator = void 0;
V2HorizontalPodAutoscalerBehavior.mapping = void 0;
V2HorizontalPodAutoscalerBehavior.attributeTypeMap = [
  {
    "name": "scaleDown",
    "baseName": "scaleDown",
    "type": "V2HPAScalingRules",
    "format": ""
  },
  {
    "name": "scaleUp",
    "baseName": "scaleUp",
    "type": "V2HPAScalingRules",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HorizontalPodAutoscalerCondition.js
var V2HorizontalPodAutoscalerCondition = class _V2HorizontalPodAutoscalerCondition {
  static getAttributeTypeMap() {
    return _V2HorizontalPodAutoscalerCondition.attributeTypeMap;
  }
  constructor() {
  }
};
V2HorizontalPodAutoscalerCondition.discriminator = void 0;
V2HorizontalPodAutoscalerCondition.mapping = void 0;
V2HorizontalPodAutoscalerCondition.attributeTypeMap = [
  {
    "name": "lastTransitionTime",
    "baseName": "lastTransitionTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "message",
    "baseName": "message",
    "type": "string",
    "format": ""
  },
  {
    "name": "reason",
    "baseName": "reason",
    "type": "string",
    "format": ""
  },
  {
    "name": "status",
    "baseName": "status",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HorizontalPodAutoscalerList.js
var V2HorizontalPodAutoscalerList = class _V2HorizontalPodAutoscalerList {
  static getAttributeTypeMap() {
    return _V2HorizontalPodAutoscalerList.attributeTypeMap;
  }
  constructor() {
  }
};
V2HorizontalPodAutoscalerList.discriminator = void 0;
V2HorizontalPodAutoscalerList.mapping = void 0;
V2HorizontalPodAutoscalerList.attributeTypeMap = [
  {
    "name": "apiVersion",
    "baseName": "apiVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "items",
    "baseName": "items",
    "type": "Array<V2HorizontalPodAutoscaler>",
    "format": ""
  },
  {
    "name": "kind",
    "baseName": "kind",
    "type": "string",
    "format": ""
  },
  {
    "name": "metadata",
    "baseName": "metadata",
    "type": "V1ListMeta",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HorizontalPodAutoscalerSpec.js
var V2HorizontalPodAutoscalerSpec = class _V2HorizontalPodAutoscalerSpec {
  static getAttributeTypeMap() {
    return _V2HorizontalPodAutoscalerSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V2HorizontalPodAutoscalerSpec.discriminator = void 0;
V2HorizontalPodAutoscalerSpec.mapping = void 0;
V2HorizontalPodAutoscalerSpec.attributeTypeMap = [
  {
    "name": "behavior",
    "baseName": "behavior",
    "type": "V2HorizontalPodAutoscalerBehavior",
    "format": ""
  },
  {
    "name": "maxReplicas",
    "baseName": "maxReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "metrics",
    "baseName": "metrics",
    "type": "Array<V2MetricSpec>",
    "format": ""
  },
  {
    "name": "minReplicas",
    "baseName": "minReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "scaleTargetRef",
    "baseName": "scaleTargetRef",
    "type": "V2CrossVersionObjectReference",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2HorizontalPodAutoscalerStatus.js
var V2HorizontalPodAutoscalerStatus = class _V2HorizontalPodAutoscalerStatus {
  static getAttributeTypeMap() {
    return _V2HorizontalPodAutoscalerStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2HorizontalPodAutoscalerStatus.discriminator = void 0;
V2HorizontalPodAutoscalerStatus.mapping = void 0;
V2HorizontalPodAutoscalerStatus.attributeTypeMap = [
  {
    "name": "conditions",
    "baseName": "conditions",
    "type": "Array<V2HorizontalPodAutoscalerCondition>",
    "format": ""
  },
  {
    "name": "currentMetrics",
    "baseName": "currentMetrics",
    "type": "Array<V2MetricStatus>",
    "format": ""
  },
  {
    "name": "currentReplicas",
    "baseName": "currentReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "desiredReplicas",
    "baseName": "desiredReplicas",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "lastScaleTime",
    "baseName": "lastScaleTime",
    "type": "Date",
    "format": "date-time"
  },
  {
    "name": "observedGeneration",
    "baseName": "observedGeneration",
    "type": "number",
    "format": "int64"
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2MetricIdentifier.js
var V2MetricIdentifier = class _V2MetricIdentifier {
  static getAttributeTypeMap() {
    return _V2MetricIdentifier.attributeTypeMap;
  }
  constructor() {
  }
};
V2MetricIdentifier.discriminator = void 0;
V2MetricIdentifier.mapping = void 0;
V2MetricIdentifier.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "selector",
    "baseName": "selector",
    "type": "V1LabelSelector",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2MetricSpec.js
var V2MetricSpec = class _V2MetricSpec {
  static getAttributeTypeMap() {
    return _V2MetricSpec.attributeTypeMap;
  }
  constructor() {
  }
};
V2MetricSpec.discriminator = void 0;
V2MetricSpec.mapping = void 0;
V2MetricSpec.attributeTypeMap = [
  {
    "name": "containerResource",
    "baseName": "containerResource",
    "type": "V2ContainerResourceMetricSource",
    "format": ""
  },
  {
    "name": "external",
    "baseName": "external",
    "type": "V2ExternalMetricSource",
    "format": ""
  },
  {
    "name": "object",
    "baseName": "object",
    "type": "V2ObjectMetricSource",
    "format": ""
  },
  {
    "name": "pods",
    "baseName": "pods",
    "type": "V2PodsMetricSource",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "V2ResourceMetricSource",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2MetricStatus.js
var V2MetricStatus = class _V2MetricStatus {
  static getAttributeTypeMap() {
    return _V2MetricStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2MetricStatus.discriminator = void 0;
V2MetricStatus.mapping = void 0;
V2MetricStatus.attributeTypeMap = [
  {
    "name": "containerResource",
    "baseName": "containerResource",
    "type": "V2ContainerResourceMetricStatus",
    "format": ""
  },
  {
    "name": "external",
    "baseName": "external",
    "type": "V2ExternalMetricStatus",
    "format": ""
  },
  {
    "name": "object",
    "baseName": "object",
    "type": "V2ObjectMetricStatus",
    "format": ""
  },
  {
    "name": "pods",
    "baseName": "pods",
    "type": "V2PodsMetricStatus",
    "format": ""
  },
  {
    "name": "resource",
    "baseName": "resource",
    "type": "V2ResourceMetricStatus",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2MetricTarget.js
var V2MetricTarget = class _V2MetricTarget {
  static getAttributeTypeMap() {
    return _V2MetricTarget.attributeTypeMap;
  }
  constructor() {
  }
};
V2MetricTarget.discriminator = void 0;
V2MetricTarget.mapping = void 0;
V2MetricTarget.attributeTypeMap = [
  {
    "name": "averageUtilization",
    "baseName": "averageUtilization",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "averageValue",
    "baseName": "averageValue",
    "type": "string",
    "format": ""
  },
  {
    "name": "type",
    "baseName": "type",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2MetricValueStatus.js
var V2MetricValueStatus = class _V2MetricValueStatus {
  static getAttributeTypeMap() {
    return _V2MetricValueStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2MetricValueStatus.discriminator = void 0;
V2MetricValueStatus.mapping = void 0;
V2MetricValueStatus.attributeTypeMap = [
  {
    "name": "averageUtilization",
    "baseName": "averageUtilization",
    "type": "number",
    "format": "int32"
  },
  {
    "name": "averageValue",
    "baseName": "averageValue",
    "type": "string",
    "format": ""
  },
  {
    "name": "value",
    "baseName": "value",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ObjectMetricSource.js
var V2ObjectMetricSource = class _V2ObjectMetricSource {
  static getAttributeTypeMap() {
    return _V2ObjectMetricSource.attributeTypeMap;
  }
  constructor() {
  }
};
V2ObjectMetricSource.discriminator = void 0;
V2ObjectMetricSource.mapping = void 0;
V2ObjectMetricSource.attributeTypeMap = [
  {
    "name": "describedObject",
    "baseName": "describedObject",
    "type": "V2CrossVersionObjectReference",
    "format": ""
  },
  {
    "name": "metric",
    "baseName": "metric",
    "type": "V2MetricIdentifier",
    "format": ""
  },
  {
    "name": "target",
    "baseName": "target",
    "type": "V2MetricTarget",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ObjectMetricStatus.js
var V2ObjectMetricStatus = class _V2ObjectMetricStatus {
  static getAttributeTypeMap() {
    return _V2ObjectMetricStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2ObjectMetricStatus.discriminator = void 0;
V2ObjectMetricStatus.mapping = void 0;
V2ObjectMetricStatus.attributeTypeMap = [
  {
    "name": "current",
    "baseName": "current",
    "type": "V2MetricValueStatus",
    "format": ""
  },
  {
    "name": "describedObject",
    "baseName": "describedObject",
    "type": "V2CrossVersionObjectReference",
    "format": ""
  },
  {
    "name": "metric",
    "baseName": "metric",
    "type": "V2MetricIdentifier",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2PodsMetricSource.js
var V2PodsMetricSource = class _V2PodsMetricSource {
  static getAttributeTypeMap() {
    return _V2PodsMetricSource.attributeTypeMap;
  }
  constructor() {
  }
};
V2PodsMetricSource.discriminator = void 0;
V2PodsMetricSource.mapping = void 0;
V2PodsMetricSource.attributeTypeMap = [
  {
    "name": "metric",
    "baseName": "metric",
    "type": "V2MetricIdentifier",
    "format": ""
  },
  {
    "name": "target",
    "baseName": "target",
    "type": "V2MetricTarget",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2PodsMetricStatus.js
var V2PodsMetricStatus = class _V2PodsMetricStatus {
  static getAttributeTypeMap() {
    return _V2PodsMetricStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2PodsMetricStatus.discriminator = void 0;
V2PodsMetricStatus.mapping = void 0;
V2PodsMetricStatus.attributeTypeMap = [
  {
    "name": "current",
    "baseName": "current",
    "type": "V2MetricValueStatus",
    "format": ""
  },
  {
    "name": "metric",
    "baseName": "metric",
    "type": "V2MetricIdentifier",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ResourceMetricSource.js
var V2ResourceMetricSource = class _V2ResourceMetricSource {
  static getAttributeTypeMap() {
    return _V2ResourceMetricSource.attributeTypeMap;
  }
  constructor() {
  }
};
V2ResourceMetricSource.discriminator = void 0;
V2ResourceMetricSource.mapping = void 0;
V2ResourceMetricSource.attributeTypeMap = [
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  },
  {
    "name": "target",
    "baseName": "target",
    "type": "V2MetricTarget",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/V2ResourceMetricStatus.js
var V2ResourceMetricStatus = class _V2ResourceMetricStatus {
  static getAttributeTypeMap() {
    return _V2ResourceMetricStatus.attributeTypeMap;
  }
  constructor() {
  }
};
V2ResourceMetricStatus.discriminator = void 0;
V2ResourceMetricStatus.mapping = void 0;
V2ResourceMetricStatus.attributeTypeMap = [
  {
    "name": "current",
    "baseName": "current",
    "type": "V2MetricValueStatus",
    "format": ""
  },
  {
    "name": "name",
    "baseName": "name",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/VersionInfo.js
var VersionInfo = class _VersionInfo {
  static getAttributeTypeMap() {
    return _VersionInfo.attributeTypeMap;
  }
  constructor() {
  }
};
VersionInfo.discriminator = void 0;
VersionInfo.mapping = void 0;
VersionInfo.attributeTypeMap = [
  {
    "name": "buildDate",
    "baseName": "buildDate",
    "type": "string",
    "format": ""
  },
  {
    "name": "compiler",
    "baseName": "compiler",
    "type": "string",
    "format": ""
  },
  {
    "name": "emulationMajor",
    "baseName": "emulationMajor",
    "type": "string",
    "format": ""
  },
  {
    "name": "emulationMinor",
    "baseName": "emulationMinor",
    "type": "string",
    "format": ""
  },
  {
    "name": "gitCommit",
    "baseName": "gitCommit",
    "type": "string",
    "format": ""
  },
  {
    "name": "gitTreeState",
    "baseName": "gitTreeState",
    "type": "string",
    "format": ""
  },
  {
    "name": "gitVersion",
    "baseName": "gitVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "goVersion",
    "baseName": "goVersion",
    "type": "string",
    "format": ""
  },
  {
    "name": "major",
    "baseName": "major",
    "type": "string",
    "format": ""
  },
  {
    "name": "minCompatibilityMajor",
    "baseName": "minCompatibilityMajor",
    "type": "string",
    "format": ""
  },
  {
    "name": "minCompatibilityMinor",
    "baseName": "minCompatibilityMinor",
    "type": "string",
    "format": ""
  },
  {
    "name": "minor",
    "baseName": "minor",
    "type": "string",
    "format": ""
  },
  {
    "name": "platform",
    "baseName": "platform",
    "type": "string",
    "format": ""
  }
];

// node_modules/@kubernetes/client-node/dist/gen/models/ObjectSerializer.js
var primitives = [
  "string",
  "boolean",
  "double",
  "integer",
  "long",
  "float",
  "number",
  "any"
];
var enumsMap = /* @__PURE__ */ new Set([]);
var typeMap = {
  "AdmissionregistrationV1ServiceReference": AdmissionregistrationV1ServiceReference,
  "AdmissionregistrationV1WebhookClientConfig": AdmissionregistrationV1WebhookClientConfig,
  "ApiextensionsV1ServiceReference": ApiextensionsV1ServiceReference,
  "ApiextensionsV1WebhookClientConfig": ApiextensionsV1WebhookClientConfig,
  "ApiregistrationV1ServiceReference": ApiregistrationV1ServiceReference,
  "AuthenticationV1TokenRequest": AuthenticationV1TokenRequest,
  "CoreV1EndpointPort": CoreV1EndpointPort,
  "CoreV1Event": CoreV1Event,
  "CoreV1EventList": CoreV1EventList,
  "CoreV1EventSeries": CoreV1EventSeries,
  "CoreV1ResourceClaim": CoreV1ResourceClaim,
  "DiscoveryV1EndpointPort": DiscoveryV1EndpointPort,
  "EventsV1Event": EventsV1Event,
  "EventsV1EventList": EventsV1EventList,
  "EventsV1EventSeries": EventsV1EventSeries,
  "FlowcontrolV1Subject": FlowcontrolV1Subject,
  "RbacV1Subject": RbacV1Subject,
  "ResourceV1ResourceClaim": ResourceV1ResourceClaim,
  "StorageV1TokenRequest": StorageV1TokenRequest,
  "V1APIGroup": V1APIGroup,
  "V1APIGroupList": V1APIGroupList,
  "V1APIResource": V1APIResource,
  "V1APIResourceList": V1APIResourceList,
  "V1APIService": V1APIService,
  "V1APIServiceCondition": V1APIServiceCondition,
  "V1APIServiceList": V1APIServiceList,
  "V1APIServiceSpec": V1APIServiceSpec,
  "V1APIServiceStatus": V1APIServiceStatus,
  "V1APIVersions": V1APIVersions,
  "V1AWSElasticBlockStoreVolumeSource": V1AWSElasticBlockStoreVolumeSource,
  "V1Affinity": V1Affinity,
  "V1AggregationRule": V1AggregationRule,
  "V1AllocatedDeviceStatus": V1AllocatedDeviceStatus,
  "V1AllocationResult": V1AllocationResult,
  "V1AppArmorProfile": V1AppArmorProfile,
  "V1ApplyConfiguration": V1ApplyConfiguration,
  "V1AttachedVolume": V1AttachedVolume,
  "V1AuditAnnotation": V1AuditAnnotation,
  "V1AzureDiskVolumeSource": V1AzureDiskVolumeSource,
  "V1AzureFilePersistentVolumeSource": V1AzureFilePersistentVolumeSource,
  "V1AzureFileVolumeSource": V1AzureFileVolumeSource,
  "V1Binding": V1Binding,
  "V1BoundObjectReference": V1BoundObjectReference,
  "V1CELDeviceSelector": V1CELDeviceSelector,
  "V1CSIDriver": V1CSIDriver,
  "V1CSIDriverList": V1CSIDriverList,
  "V1CSIDriverSpec": V1CSIDriverSpec,
  "V1CSINode": V1CSINode,
  "V1CSINodeDriver": V1CSINodeDriver,
  "V1CSINodeList": V1CSINodeList,
  "V1CSINodeSpec": V1CSINodeSpec,
  "V1CSIPersistentVolumeSource": V1CSIPersistentVolumeSource,
  "V1CSIStorageCapacity": V1CSIStorageCapacity,
  "V1CSIStorageCapacityList": V1CSIStorageCapacityList,
  "V1CSIVolumeSource": V1CSIVolumeSource,
  "V1Capabilities": V1Capabilities,
  "V1CapacityRequestPolicy": V1CapacityRequestPolicy,
  "V1CapacityRequestPolicyRange": V1CapacityRequestPolicyRange,
  "V1CapacityRequirements": V1CapacityRequirements,
  "V1CephFSPersistentVolumeSource": V1CephFSPersistentVolumeSource,
  "V1CephFSVolumeSource": V1CephFSVolumeSource,
  "V1CertificateSigningRequest": V1CertificateSigningRequest,
  "V1CertificateSigningRequestCondition": V1CertificateSigningRequestCondition,
  "V1CertificateSigningRequestList": V1CertificateSigningRequestList,
  "V1CertificateSigningRequestSpec": V1CertificateSigningRequestSpec,
  "V1CertificateSigningRequestStatus": V1CertificateSigningRequestStatus,
  "V1CinderPersistentVolumeSource": V1CinderPersistentVolumeSource,
  "V1CinderVolumeSource": V1CinderVolumeSource,
  "V1ClientIPConfig": V1ClientIPConfig,
  "V1ClusterRole": V1ClusterRole,
  "V1ClusterRoleBinding": V1ClusterRoleBinding,
  "V1ClusterRoleBindingList": V1ClusterRoleBindingList,
  "V1ClusterRoleList": V1ClusterRoleList,
  "V1ClusterTrustBundleProjection": V1ClusterTrustBundleProjection,
  "V1ComponentCondition": V1ComponentCondition,
  "V1ComponentStatus": V1ComponentStatus,
  "V1ComponentStatusList": V1ComponentStatusList,
  "V1Condition": V1Condition,
  "V1ConfigMap": V1ConfigMap,
  "V1ConfigMapEnvSource": V1ConfigMapEnvSource,
  "V1ConfigMapKeySelector": V1ConfigMapKeySelector,
  "V1ConfigMapList": V1ConfigMapList,
  "V1ConfigMapNodeConfigSource": V1ConfigMapNodeConfigSource,
  "V1ConfigMapProjection": V1ConfigMapProjection,
  "V1ConfigMapVolumeSource": V1ConfigMapVolumeSource,
  "V1Container": V1Container,
  "V1ContainerExtendedResourceRequest": V1ContainerExtendedResourceRequest,
  "V1ContainerImage": V1ContainerImage,
  "V1ContainerPort": V1ContainerPort,
  "V1ContainerResizePolicy": V1ContainerResizePolicy,
  "V1ContainerRestartRule": V1ContainerRestartRule,
  "V1ContainerRestartRuleOnExitCodes": V1ContainerRestartRuleOnExitCodes,
  "V1ContainerState": V1ContainerState,
  "V1ContainerStateRunning": V1ContainerStateRunning,
  "V1ContainerStateTerminated": V1ContainerStateTerminated,
  "V1ContainerStateWaiting": V1ContainerStateWaiting,
  "V1ContainerStatus": V1ContainerStatus,
  "V1ContainerUser": V1ContainerUser,
  "V1ControllerRevision": V1ControllerRevision,
  "V1ControllerRevisionList": V1ControllerRevisionList,
  "V1Counter": V1Counter,
  "V1CounterSet": V1CounterSet,
  "V1CronJob": V1CronJob,
  "V1CronJobList": V1CronJobList,
  "V1CronJobSpec": V1CronJobSpec,
  "V1CronJobStatus": V1CronJobStatus,
  "V1CrossVersionObjectReference": V1CrossVersionObjectReference,
  "V1CustomResourceColumnDefinition": V1CustomResourceColumnDefinition,
  "V1CustomResourceConversion": V1CustomResourceConversion,
  "V1CustomResourceDefinition": V1CustomResourceDefinition,
  "V1CustomResourceDefinitionCondition": V1CustomResourceDefinitionCondition,
  "V1CustomResourceDefinitionList": V1CustomResourceDefinitionList,
  "V1CustomResourceDefinitionNames": V1CustomResourceDefinitionNames,
  "V1CustomResourceDefinitionSpec": V1CustomResourceDefinitionSpec,
  "V1CustomResourceDefinitionStatus": V1CustomResourceDefinitionStatus,
  "V1CustomResourceDefinitionVersion": V1CustomResourceDefinitionVersion,
  "V1CustomResourceSubresourceScale": V1CustomResourceSubresourceScale,
  "V1CustomResourceSubresources": V1CustomResourceSubresources,
  "V1CustomResourceValidation": V1CustomResourceValidation,
  "V1DaemonEndpoint": V1DaemonEndpoint,
  "V1DaemonSet": V1DaemonSet,
  "V1DaemonSetCondition": V1DaemonSetCondition,
  "V1DaemonSetList": V1DaemonSetList,
  "V1DaemonSetSpec": V1DaemonSetSpec,
  "V1DaemonSetStatus": V1DaemonSetStatus,
  "V1DaemonSetUpdateStrategy": V1DaemonSetUpdateStrategy,
  "V1DeleteOptions": V1DeleteOptions,
  "V1Deployment": V1Deployment,
  "V1DeploymentCondition": V1DeploymentCondition,
  "V1DeploymentList": V1DeploymentList,
  "V1DeploymentSpec": V1DeploymentSpec,
  "V1DeploymentStatus": V1DeploymentStatus,
  "V1DeploymentStrategy": V1DeploymentStrategy,
  "V1Device": V1Device,
  "V1DeviceAllocationConfiguration": V1DeviceAllocationConfiguration,
  "V1DeviceAllocationResult": V1DeviceAllocationResult,
  "V1DeviceAttribute": V1DeviceAttribute,
  "V1DeviceCapacity": V1DeviceCapacity,
  "V1DeviceClaim": V1DeviceClaim,
  "V1DeviceClaimConfiguration": V1DeviceClaimConfiguration,
  "V1DeviceClass": V1DeviceClass,
  "V1DeviceClassConfiguration": V1DeviceClassConfiguration,
  "V1DeviceClassList": V1DeviceClassList,
  "V1DeviceClassSpec": V1DeviceClassSpec,
  "V1DeviceConstraint": V1DeviceConstraint,
  "V1DeviceCounterConsumption": V1DeviceCounterConsumption,
  "V1DeviceRequest": V1DeviceRequest,
  "V1DeviceRequestAllocationResult": V1DeviceRequestAllocationResult,
  "V1DeviceSelector": V1DeviceSelector,
  "V1DeviceSubRequest": V1DeviceSubRequest,
  "V1DeviceTaint": V1DeviceTaint,
  "V1DeviceToleration": V1DeviceToleration,
  "V1DownwardAPIProjection": V1DownwardAPIProjection,
  "V1DownwardAPIVolumeFile": V1DownwardAPIVolumeFile,
  "V1DownwardAPIVolumeSource": V1DownwardAPIVolumeSource,
  "V1EmptyDirVolumeSource": V1EmptyDirVolumeSource,
  "V1Endpoint": V1Endpoint,
  "V1EndpointAddress": V1EndpointAddress,
  "V1EndpointConditions": V1EndpointConditions,
  "V1EndpointHints": V1EndpointHints,
  "V1EndpointSlice": V1EndpointSlice,
  "V1EndpointSliceList": V1EndpointSliceList,
  "V1EndpointSubset": V1EndpointSubset,
  "V1Endpoints": V1Endpoints,
  "V1EndpointsList": V1EndpointsList,
  "V1EnvFromSource": V1EnvFromSource,
  "V1EnvVar": V1EnvVar,
  "V1EnvVarSource": V1EnvVarSource,
  "V1EphemeralContainer": V1EphemeralContainer,
  "V1EphemeralVolumeSource": V1EphemeralVolumeSource,
  "V1EventSource": V1EventSource,
  "V1Eviction": V1Eviction,
  "V1ExactDeviceRequest": V1ExactDeviceRequest,
  "V1ExecAction": V1ExecAction,
  "V1ExemptPriorityLevelConfiguration": V1ExemptPriorityLevelConfiguration,
  "V1ExpressionWarning": V1ExpressionWarning,
  "V1ExternalDocumentation": V1ExternalDocumentation,
  "V1FCVolumeSource": V1FCVolumeSource,
  "V1FieldSelectorAttributes": V1FieldSelectorAttributes,
  "V1FieldSelectorRequirement": V1FieldSelectorRequirement,
  "V1FileKeySelector": V1FileKeySelector,
  "V1FlexPersistentVolumeSource": V1FlexPersistentVolumeSource,
  "V1FlexVolumeSource": V1FlexVolumeSource,
  "V1FlockerVolumeSource": V1FlockerVolumeSource,
  "V1FlowDistinguisherMethod": V1FlowDistinguisherMethod,
  "V1FlowSchema": V1FlowSchema,
  "V1FlowSchemaCondition": V1FlowSchemaCondition,
  "V1FlowSchemaList": V1FlowSchemaList,
  "V1FlowSchemaSpec": V1FlowSchemaSpec,
  "V1FlowSchemaStatus": V1FlowSchemaStatus,
  "V1ForNode": V1ForNode,
  "V1ForZone": V1ForZone,
  "V1GCEPersistentDiskVolumeSource": V1GCEPersistentDiskVolumeSource,
  "V1GRPCAction": V1GRPCAction,
  "V1GitRepoVolumeSource": V1GitRepoVolumeSource,
  "V1GlusterfsPersistentVolumeSource": V1GlusterfsPersistentVolumeSource,
  "V1GlusterfsVolumeSource": V1GlusterfsVolumeSource,
  "V1GroupResource": V1GroupResource,
  "V1GroupSubject": V1GroupSubject,
  "V1GroupVersionForDiscovery": V1GroupVersionForDiscovery,
  "V1HTTPGetAction": V1HTTPGetAction,
  "V1HTTPHeader": V1HTTPHeader,
  "V1HTTPIngressPath": V1HTTPIngressPath,
  "V1HTTPIngressRuleValue": V1HTTPIngressRuleValue,
  "V1HorizontalPodAutoscaler": V1HorizontalPodAutoscaler,
  "V1HorizontalPodAutoscalerList": V1HorizontalPodAutoscalerList,
  "V1HorizontalPodAutoscalerSpec": V1HorizontalPodAutoscalerSpec,
  "V1HorizontalPodAutoscalerStatus": V1HorizontalPodAutoscalerStatus,
  "V1HostAlias": V1HostAlias,
  "V1HostIP": V1HostIP,
  "V1HostPathVolumeSource": V1HostPathVolumeSource,
  "V1IPAddress": V1IPAddress,
  "V1IPAddressList": V1IPAddressList,
  "V1IPAddressSpec": V1IPAddressSpec,
  "V1IPBlock": V1IPBlock,
  "V1ISCSIPersistentVolumeSource": V1ISCSIPersistentVolumeSource,
  "V1ISCSIVolumeSource": V1ISCSIVolumeSource,
  "V1ImageVolumeSource": V1ImageVolumeSource,
  "V1ImageVolumeStatus": V1ImageVolumeStatus,
  "V1Ingress": V1Ingress,
  "V1IngressBackend": V1IngressBackend,
  "V1IngressClass": V1IngressClass,
  "V1IngressClassList": V1IngressClassList,
  "V1IngressClassParametersReference": V1IngressClassParametersReference,
  "V1IngressClassSpec": V1IngressClassSpec,
  "V1IngressList": V1IngressList,
  "V1IngressLoadBalancerIngress": V1IngressLoadBalancerIngress,
  "V1IngressLoadBalancerStatus": V1IngressLoadBalancerStatus,
  "V1IngressPortStatus": V1IngressPortStatus,
  "V1IngressRule": V1IngressRule,
  "V1IngressServiceBackend": V1IngressServiceBackend,
  "V1IngressSpec": V1IngressSpec,
  "V1IngressStatus": V1IngressStatus,
  "V1IngressTLS": V1IngressTLS,
  "V1JSONPatch": V1JSONPatch,
  "V1JSONSchemaProps": V1JSONSchemaProps,
  "V1Job": V1Job,
  "V1JobCondition": V1JobCondition,
  "V1JobList": V1JobList,
  "V1JobSpec": V1JobSpec,
  "V1JobStatus": V1JobStatus,
  "V1JobTemplateSpec": V1JobTemplateSpec,
  "V1KeyToPath": V1KeyToPath,
  "V1LabelSelector": V1LabelSelector,
  "V1LabelSelectorAttributes": V1LabelSelectorAttributes,
  "V1LabelSelectorRequirement": V1LabelSelectorRequirement,
  "V1Lease": V1Lease,
  "V1LeaseList": V1LeaseList,
  "V1LeaseSpec": V1LeaseSpec,
  "V1Lifecycle": V1Lifecycle,
  "V1LifecycleHandler": V1LifecycleHandler,
  "V1LimitRange": V1LimitRange,
  "V1LimitRangeItem": V1LimitRangeItem,
  "V1LimitRangeList": V1LimitRangeList,
  "V1LimitRangeSpec": V1LimitRangeSpec,
  "V1LimitResponse": V1LimitResponse,
  "V1LimitedPriorityLevelConfiguration": V1LimitedPriorityLevelConfiguration,
  "V1LinuxContainerUser": V1LinuxContainerUser,
  "V1ListMeta": V1ListMeta,
  "V1LoadBalancerIngress": V1LoadBalancerIngress,
  "V1LoadBalancerStatus": V1LoadBalancerStatus,
  "V1LocalObjectReference": V1LocalObjectReference,
  "V1LocalSubjectAccessReview": V1LocalSubjectAccessReview,
  "V1LocalVolumeSource": V1LocalVolumeSource,
  "V1ManagedFieldsEntry": V1ManagedFieldsEntry,
  "V1MatchCondition": V1MatchCondition,
  "V1MatchResources": V1MatchResources,
  "V1ModifyVolumeStatus": V1ModifyVolumeStatus,
  "V1MutatingAdmissionPolicy": V1MutatingAdmissionPolicy,
  "V1MutatingAdmissionPolicyBinding": V1MutatingAdmissionPolicyBinding,
  "V1MutatingAdmissionPolicyBindingList": V1MutatingAdmissionPolicyBindingList,
  "V1MutatingAdmissionPolicyBindingSpec": V1MutatingAdmissionPolicyBindingSpec,
  "V1MutatingAdmissionPolicyList": V1MutatingAdmissionPolicyList,
  "V1MutatingAdmissionPolicySpec": V1MutatingAdmissionPolicySpec,
  "V1MutatingWebhook": V1MutatingWebhook,
  "V1MutatingWebhookConfiguration": V1MutatingWebhookConfiguration,
  "V1MutatingWebhookConfigurationList": V1MutatingWebhookConfigurationList,
  "V1Mutation": V1Mutation,
  "V1NFSVolumeSource": V1NFSVolumeSource,
  "V1NamedRuleWithOperations": V1NamedRuleWithOperations,
  "V1Namespace": V1Namespace,
  "V1NamespaceCondition": V1NamespaceCondition,
  "V1NamespaceList": V1NamespaceList,
  "V1NamespaceSpec": V1NamespaceSpec,
  "V1NamespaceStatus": V1NamespaceStatus,
  "V1NetworkDeviceData": V1NetworkDeviceData,
  "V1NetworkPolicy": V1NetworkPolicy,
  "V1NetworkPolicyEgressRule": V1NetworkPolicyEgressRule,
  "V1NetworkPolicyIngressRule": V1NetworkPolicyIngressRule,
  "V1NetworkPolicyList": V1NetworkPolicyList,
  "V1NetworkPolicyPeer": V1NetworkPolicyPeer,
  "V1NetworkPolicyPort": V1NetworkPolicyPort,
  "V1NetworkPolicySpec": V1NetworkPolicySpec,
  "V1Node": V1Node,
  "V1NodeAddress": V1NodeAddress,
  "V1NodeAffinity": V1NodeAffinity,
  "V1NodeAllocatableResourceClaimStatus": V1NodeAllocatableResourceClaimStatus,
  "V1NodeAllocatableResourceMapping": V1NodeAllocatableResourceMapping,
  "V1NodeCondition": V1NodeCondition,
  "V1NodeConfigSource": V1NodeConfigSource,
  "V1NodeConfigStatus": V1NodeConfigStatus,
  "V1NodeDaemonEndpoints": V1NodeDaemonEndpoints,
  "V1NodeFeatures": V1NodeFeatures,
  "V1NodeList": V1NodeList,
  "V1NodeRuntimeHandler": V1NodeRuntimeHandler,
  "V1NodeRuntimeHandlerFeatures": V1NodeRuntimeHandlerFeatures,
  "V1NodeSelector": V1NodeSelector,
  "V1NodeSelectorRequirement": V1NodeSelectorRequirement,
  "V1NodeSelectorTerm": V1NodeSelectorTerm,
  "V1NodeSpec": V1NodeSpec,
  "V1NodeStatus": V1NodeStatus,
  "V1NodeSwapStatus": V1NodeSwapStatus,
  "V1NodeSystemInfo": V1NodeSystemInfo,
  "V1NonResourceAttributes": V1NonResourceAttributes,
  "V1NonResourcePolicyRule": V1NonResourcePolicyRule,
  "V1NonResourceRule": V1NonResourceRule,
  "V1ObjectFieldSelector": V1ObjectFieldSelector,
  "V1ObjectMeta": V1ObjectMeta,
  "V1ObjectReference": V1ObjectReference,
  "V1OpaqueDeviceConfiguration": V1OpaqueDeviceConfiguration,
  "V1Overhead": V1Overhead,
  "V1OwnerReference": V1OwnerReference,
  "V1ParamKind": V1ParamKind,
  "V1ParamRef": V1ParamRef,
  "V1ParentReference": V1ParentReference,
  "V1PersistentVolume": V1PersistentVolume,
  "V1PersistentVolumeClaim": V1PersistentVolumeClaim,
  "V1PersistentVolumeClaimCondition": V1PersistentVolumeClaimCondition,
  "V1PersistentVolumeClaimList": V1PersistentVolumeClaimList,
  "V1PersistentVolumeClaimSpec": V1PersistentVolumeClaimSpec,
  "V1PersistentVolumeClaimStatus": V1PersistentVolumeClaimStatus,
  "V1PersistentVolumeClaimTemplate": V1PersistentVolumeClaimTemplate,
  "V1PersistentVolumeClaimVolumeSource": V1PersistentVolumeClaimVolumeSource,
  "V1PersistentVolumeList": V1PersistentVolumeList,
  "V1PersistentVolumeSpec": V1PersistentVolumeSpec,
  "V1PersistentVolumeStatus": V1PersistentVolumeStatus,
  "V1PhotonPersistentDiskVolumeSource": V1PhotonPersistentDiskVolumeSource,
  "V1Pod": V1Pod,
  "V1PodAffinity": V1PodAffinity,
  "V1PodAffinityTerm": V1PodAffinityTerm,
  "V1PodAntiAffinity": V1PodAntiAffinity,
  "V1PodCertificateProjection": V1PodCertificateProjection,
  "V1PodCondition": V1PodCondition,
  "V1PodDNSConfig": V1PodDNSConfig,
  "V1PodDNSConfigOption": V1PodDNSConfigOption,
  "V1PodDisruptionBudget": V1PodDisruptionBudget,
  "V1PodDisruptionBudgetList": V1PodDisruptionBudgetList,
  "V1PodDisruptionBudgetSpec": V1PodDisruptionBudgetSpec,
  "V1PodDisruptionBudgetStatus": V1PodDisruptionBudgetStatus,
  "V1PodExtendedResourceClaimStatus": V1PodExtendedResourceClaimStatus,
  "V1PodFailurePolicy": V1PodFailurePolicy,
  "V1PodFailurePolicyOnExitCodesRequirement": V1PodFailurePolicyOnExitCodesRequirement,
  "V1PodFailurePolicyOnPodConditionsPattern": V1PodFailurePolicyOnPodConditionsPattern,
  "V1PodFailurePolicyRule": V1PodFailurePolicyRule,
  "V1PodIP": V1PodIP,
  "V1PodList": V1PodList,
  "V1PodOS": V1PodOS,
  "V1PodReadinessGate": V1PodReadinessGate,
  "V1PodResourceClaim": V1PodResourceClaim,
  "V1PodResourceClaimStatus": V1PodResourceClaimStatus,
  "V1PodSchedulingGate": V1PodSchedulingGate,
  "V1PodSchedulingGroup": V1PodSchedulingGroup,
  "V1PodSecurityContext": V1PodSecurityContext,
  "V1PodSpec": V1PodSpec,
  "V1PodStatus": V1PodStatus,
  "V1PodTemplate": V1PodTemplate,
  "V1PodTemplateList": V1PodTemplateList,
  "V1PodTemplateSpec": V1PodTemplateSpec,
  "V1PolicyRule": V1PolicyRule,
  "V1PolicyRulesWithSubjects": V1PolicyRulesWithSubjects,
  "V1PortStatus": V1PortStatus,
  "V1PortworxVolumeSource": V1PortworxVolumeSource,
  "V1Preconditions": V1Preconditions,
  "V1PreferredSchedulingTerm": V1PreferredSchedulingTerm,
  "V1PriorityClass": V1PriorityClass,
  "V1PriorityClassList": V1PriorityClassList,
  "V1PriorityLevelConfiguration": V1PriorityLevelConfiguration,
  "V1PriorityLevelConfigurationCondition": V1PriorityLevelConfigurationCondition,
  "V1PriorityLevelConfigurationList": V1PriorityLevelConfigurationList,
  "V1PriorityLevelConfigurationReference": V1PriorityLevelConfigurationReference,
  "V1PriorityLevelConfigurationSpec": V1PriorityLevelConfigurationSpec,
  "V1PriorityLevelConfigurationStatus": V1PriorityLevelConfigurationStatus,
  "V1Probe": V1Probe,
  "V1ProjectedVolumeSource": V1ProjectedVolumeSource,
  "V1QueuingConfiguration": V1QueuingConfiguration,
  "V1QuobyteVolumeSource": V1QuobyteVolumeSource,
  "V1RBDPersistentVolumeSource": V1RBDPersistentVolumeSource,
  "V1RBDVolumeSource": V1RBDVolumeSource,
  "V1ReplicaSet": V1ReplicaSet,
  "V1ReplicaSetCondition": V1ReplicaSetCondition,
  "V1ReplicaSetList": V1ReplicaSetList,
  "V1ReplicaSetSpec": V1ReplicaSetSpec,
  "V1ReplicaSetStatus": V1ReplicaSetStatus,
  "V1ReplicationController": V1ReplicationController,
  "V1ReplicationControllerCondition": V1ReplicationControllerCondition,
  "V1ReplicationControllerList": V1ReplicationControllerList,
  "V1ReplicationControllerSpec": V1ReplicationControllerSpec,
  "V1ReplicationControllerStatus": V1ReplicationControllerStatus,
  "V1ResourceAttributes": V1ResourceAttributes,
  "V1ResourceClaimConsumerReference": V1ResourceClaimConsumerReference,
  "V1ResourceClaimList": V1ResourceClaimList,
  "V1ResourceClaimSpec": V1ResourceClaimSpec,
  "V1ResourceClaimStatus": V1ResourceClaimStatus,
  "V1ResourceClaimTemplate": V1ResourceClaimTemplate,
  "V1ResourceClaimTemplateList": V1ResourceClaimTemplateList,
  "V1ResourceClaimTemplateSpec": V1ResourceClaimTemplateSpec,
  "V1ResourceFieldSelector": V1ResourceFieldSelector,
  "V1ResourceHealth": V1ResourceHealth,
  "V1ResourcePolicyRule": V1ResourcePolicyRule,
  "V1ResourcePool": V1ResourcePool,
  "V1ResourceQuota": V1ResourceQuota,
  "V1ResourceQuotaList": V1ResourceQuotaList,
  "V1ResourceQuotaSpec": V1ResourceQuotaSpec,
  "V1ResourceQuotaStatus": V1ResourceQuotaStatus,
  "V1ResourceRequirements": V1ResourceRequirements,
  "V1ResourceRule": V1ResourceRule,
  "V1ResourceSlice": V1ResourceSlice,
  "V1ResourceSliceList": V1ResourceSliceList,
  "V1ResourceSliceSpec": V1ResourceSliceSpec,
  "V1ResourceStatus": V1ResourceStatus,
  "V1Role": V1Role,
  "V1RoleBinding": V1RoleBinding,
  "V1RoleBindingList": V1RoleBindingList,
  "V1RoleList": V1RoleList,
  "V1RoleRef": V1RoleRef,
  "V1RollingUpdateDaemonSet": V1RollingUpdateDaemonSet,
  "V1RollingUpdateDeployment": V1RollingUpdateDeployment,
  "V1RollingUpdateStatefulSetStrategy": V1RollingUpdateStatefulSetStrategy,
  "V1RuleWithOperations": V1RuleWithOperations,
  "V1RuntimeClass": V1RuntimeClass,
  "V1RuntimeClassList": V1RuntimeClassList,
  "V1SELinuxOptions": V1SELinuxOptions,
  "V1Scale": V1Scale,
  "V1ScaleIOPersistentVolumeSource": V1ScaleIOPersistentVolumeSource,
  "V1ScaleIOVolumeSource": V1ScaleIOVolumeSource,
  "V1ScaleSpec": V1ScaleSpec,
  "V1ScaleStatus": V1ScaleStatus,
  "V1Scheduling": V1Scheduling,
  "V1ScopeSelector": V1ScopeSelector,
  "V1ScopedResourceSelectorRequirement": V1ScopedResourceSelectorRequirement,
  "V1SeccompProfile": V1SeccompProfile,
  "V1Secret": V1Secret,
  "V1SecretEnvSource": V1SecretEnvSource,
  "V1SecretKeySelector": V1SecretKeySelector,
  "V1SecretList": V1SecretList,
  "V1SecretProjection": V1SecretProjection,
  "V1SecretReference": V1SecretReference,
  "V1SecretVolumeSource": V1SecretVolumeSource,
  "V1SecurityContext": V1SecurityContext,
  "V1SelectableField": V1SelectableField,
  "V1SelfSubjectAccessReview": V1SelfSubjectAccessReview,
  "V1SelfSubjectAccessReviewSpec": V1SelfSubjectAccessReviewSpec,
  "V1SelfSubjectReview": V1SelfSubjectReview,
  "V1SelfSubjectReviewStatus": V1SelfSubjectReviewStatus,
  "V1SelfSubjectRulesReview": V1SelfSubjectRulesReview,
  "V1SelfSubjectRulesReviewSpec": V1SelfSubjectRulesReviewSpec,
  "V1ServerAddressByClientCIDR": V1ServerAddressByClientCIDR,
  "V1Service": V1Service,
  "V1ServiceAccount": V1ServiceAccount,
  "V1ServiceAccountList": V1ServiceAccountList,
  "V1ServiceAccountSubject": V1ServiceAccountSubject,
  "V1ServiceAccountTokenProjection": V1ServiceAccountTokenProjection,
  "V1ServiceBackendPort": V1ServiceBackendPort,
  "V1ServiceCIDR": V1ServiceCIDR,
  "V1ServiceCIDRList": V1ServiceCIDRList,
  "V1ServiceCIDRSpec": V1ServiceCIDRSpec,
  "V1ServiceCIDRStatus": V1ServiceCIDRStatus,
  "V1ServiceList": V1ServiceList,
  "V1ServicePort": V1ServicePort,
  "V1ServiceSpec": V1ServiceSpec,
  "V1ServiceStatus": V1ServiceStatus,
  "V1SessionAffinityConfig": V1SessionAffinityConfig,
  "V1ShardInfo": V1ShardInfo,
  "V1SleepAction": V1SleepAction,
  "V1StatefulSet": V1StatefulSet,
  "V1StatefulSetCondition": V1StatefulSetCondition,
  "V1StatefulSetList": V1StatefulSetList,
  "V1StatefulSetOrdinals": V1StatefulSetOrdinals,
  "V1StatefulSetPersistentVolumeClaimRetentionPolicy": V1StatefulSetPersistentVolumeClaimRetentionPolicy,
  "V1StatefulSetSpec": V1StatefulSetSpec,
  "V1StatefulSetStatus": V1StatefulSetStatus,
  "V1StatefulSetUpdateStrategy": V1StatefulSetUpdateStrategy,
  "V1Status": V1Status,
  "V1StatusCause": V1StatusCause,
  "V1StatusDetails": V1StatusDetails,
  "V1StorageClass": V1StorageClass,
  "V1StorageClassList": V1StorageClassList,
  "V1StorageOSPersistentVolumeSource": V1StorageOSPersistentVolumeSource,
  "V1StorageOSVolumeSource": V1StorageOSVolumeSource,
  "V1SubjectAccessReview": V1SubjectAccessReview,
  "V1SubjectAccessReviewSpec": V1SubjectAccessReviewSpec,
  "V1SubjectAccessReviewStatus": V1SubjectAccessReviewStatus,
  "V1SubjectRulesReviewStatus": V1SubjectRulesReviewStatus,
  "V1SuccessPolicy": V1SuccessPolicy,
  "V1SuccessPolicyRule": V1SuccessPolicyRule,
  "V1Sysctl": V1Sysctl,
  "V1TCPSocketAction": V1TCPSocketAction,
  "V1Taint": V1Taint,
  "V1TokenRequestSpec": V1TokenRequestSpec,
  "V1TokenRequestStatus": V1TokenRequestStatus,
  "V1TokenReview": V1TokenReview,
  "V1TokenReviewSpec": V1TokenReviewSpec,
  "V1TokenReviewStatus": V1TokenReviewStatus,
  "V1Toleration": V1Toleration,
  "V1TopologySelectorLabelRequirement": V1TopologySelectorLabelRequirement,
  "V1TopologySelectorTerm": V1TopologySelectorTerm,
  "V1TopologySpreadConstraint": V1TopologySpreadConstraint,
  "V1TypeChecking": V1TypeChecking,
  "V1TypedLocalObjectReference": V1TypedLocalObjectReference,
  "V1TypedObjectReference": V1TypedObjectReference,
  "V1UncountedTerminatedPods": V1UncountedTerminatedPods,
  "V1UserInfo": V1UserInfo,
  "V1UserSubject": V1UserSubject,
  "V1ValidatingAdmissionPolicy": V1ValidatingAdmissionPolicy,
  "V1ValidatingAdmissionPolicyBinding": V1ValidatingAdmissionPolicyBinding,
  "V1ValidatingAdmissionPolicyBindingList": V1ValidatingAdmissionPolicyBindingList,
  "V1ValidatingAdmissionPolicyBindingSpec": V1ValidatingAdmissionPolicyBindingSpec,
  "V1ValidatingAdmissionPolicyList": V1ValidatingAdmissionPolicyList,
  "V1ValidatingAdmissionPolicySpec": V1ValidatingAdmissionPolicySpec,
  "V1ValidatingAdmissionPolicyStatus": V1ValidatingAdmissionPolicyStatus,
  "V1ValidatingWebhook": V1ValidatingWebhook,
  "V1ValidatingWebhookConfiguration": V1ValidatingWebhookConfiguration,
  "V1ValidatingWebhookConfigurationList": V1ValidatingWebhookConfigurationList,
  "V1Validation": V1Validation,
  "V1ValidationRule": V1ValidationRule,
  "V1Variable": V1Variable,
  "V1Volume": V1Volume,
  "V1VolumeAttachment": V1VolumeAttachment,
  "V1VolumeAttachmentList": V1VolumeAttachmentList,
  "V1VolumeAttachmentSource": V1VolumeAttachmentSource,
  "V1VolumeAttachmentSpec": V1VolumeAttachmentSpec,
  "V1VolumeAttachmentStatus": V1VolumeAttachmentStatus,
  "V1VolumeAttributesClass": V1VolumeAttributesClass,
  "V1VolumeAttributesClassList": V1VolumeAttributesClassList,
  "V1VolumeDevice": V1VolumeDevice,
  "V1VolumeError": V1VolumeError,
  "V1VolumeMount": V1VolumeMount,
  "V1VolumeMountStatus": V1VolumeMountStatus,
  "V1VolumeNodeAffinity": V1VolumeNodeAffinity,
  "V1VolumeNodeResources": V1VolumeNodeResources,
  "V1VolumeProjection": V1VolumeProjection,
  "V1VolumeResourceRequirements": V1VolumeResourceRequirements,
  "V1VolumeStatus": V1VolumeStatus,
  "V1VsphereVirtualDiskVolumeSource": V1VsphereVirtualDiskVolumeSource,
  "V1WatchEvent": V1WatchEvent,
  "V1WebhookConversion": V1WebhookConversion,
  "V1WeightedPodAffinityTerm": V1WeightedPodAffinityTerm,
  "V1WindowsSecurityContextOptions": V1WindowsSecurityContextOptions,
  "V1alpha1ApplyConfiguration": V1alpha1ApplyConfiguration,
  "V1alpha1ClusterTrustBundle": V1alpha1ClusterTrustBundle,
  "V1alpha1ClusterTrustBundleList": V1alpha1ClusterTrustBundleList,
  "V1alpha1ClusterTrustBundleSpec": V1alpha1ClusterTrustBundleSpec,
  "V1alpha1JSONPatch": V1alpha1JSONPatch,
  "V1alpha1MatchCondition": V1alpha1MatchCondition,
  "V1alpha1MatchResources": V1alpha1MatchResources,
  "V1alpha1MutatingAdmissionPolicy": V1alpha1MutatingAdmissionPolicy,
  "V1alpha1MutatingAdmissionPolicyBinding": V1alpha1MutatingAdmissionPolicyBinding,
  "V1alpha1MutatingAdmissionPolicyBindingList": V1alpha1MutatingAdmissionPolicyBindingList,
  "V1alpha1MutatingAdmissionPolicyBindingSpec": V1alpha1MutatingAdmissionPolicyBindingSpec,
  "V1alpha1MutatingAdmissionPolicyList": V1alpha1MutatingAdmissionPolicyList,
  "V1alpha1MutatingAdmissionPolicySpec": V1alpha1MutatingAdmissionPolicySpec,
  "V1alpha1Mutation": V1alpha1Mutation,
  "V1alpha1NamedRuleWithOperations": V1alpha1NamedRuleWithOperations,
  "V1alpha1ParamKind": V1alpha1ParamKind,
  "V1alpha1ParamRef": V1alpha1ParamRef,
  "V1alpha1ServerStorageVersion": V1alpha1ServerStorageVersion,
  "V1alpha1StorageVersion": V1alpha1StorageVersion,
  "V1alpha1StorageVersionCondition": V1alpha1StorageVersionCondition,
  "V1alpha1StorageVersionList": V1alpha1StorageVersionList,
  "V1alpha1StorageVersionStatus": V1alpha1StorageVersionStatus,
  "V1alpha1Variable": V1alpha1Variable,
  "V1alpha2GangSchedulingPolicy": V1alpha2GangSchedulingPolicy,
  "V1alpha2LeaseCandidate": V1alpha2LeaseCandidate,
  "V1alpha2LeaseCandidateList": V1alpha2LeaseCandidateList,
  "V1alpha2LeaseCandidateSpec": V1alpha2LeaseCandidateSpec,
  "V1alpha2PodGroup": V1alpha2PodGroup,
  "V1alpha2PodGroupList": V1alpha2PodGroupList,
  "V1alpha2PodGroupResourceClaim": V1alpha2PodGroupResourceClaim,
  "V1alpha2PodGroupResourceClaimStatus": V1alpha2PodGroupResourceClaimStatus,
  "V1alpha2PodGroupSchedulingConstraints": V1alpha2PodGroupSchedulingConstraints,
  "V1alpha2PodGroupSchedulingPolicy": V1alpha2PodGroupSchedulingPolicy,
  "V1alpha2PodGroupSpec": V1alpha2PodGroupSpec,
  "V1alpha2PodGroupStatus": V1alpha2PodGroupStatus,
  "V1alpha2PodGroupTemplate": V1alpha2PodGroupTemplate,
  "V1alpha2PodGroupTemplateReference": V1alpha2PodGroupTemplateReference,
  "V1alpha2TopologyConstraint": V1alpha2TopologyConstraint,
  "V1alpha2TypedLocalObjectReference": V1alpha2TypedLocalObjectReference,
  "V1alpha2Workload": V1alpha2Workload,
  "V1alpha2WorkloadList": V1alpha2WorkloadList,
  "V1alpha2WorkloadPodGroupTemplateReference": V1alpha2WorkloadPodGroupTemplateReference,
  "V1alpha2WorkloadSpec": V1alpha2WorkloadSpec,
  "V1alpha3DeviceTaint": V1alpha3DeviceTaint,
  "V1alpha3DeviceTaintRule": V1alpha3DeviceTaintRule,
  "V1alpha3DeviceTaintRuleList": V1alpha3DeviceTaintRuleList,
  "V1alpha3DeviceTaintRuleSpec": V1alpha3DeviceTaintRuleSpec,
  "V1alpha3DeviceTaintRuleStatus": V1alpha3DeviceTaintRuleStatus,
  "V1alpha3DeviceTaintSelector": V1alpha3DeviceTaintSelector,
  "V1alpha3PoolStatus": V1alpha3PoolStatus,
  "V1alpha3ResourcePoolStatusRequest": V1alpha3ResourcePoolStatusRequest,
  "V1alpha3ResourcePoolStatusRequestList": V1alpha3ResourcePoolStatusRequestList,
  "V1alpha3ResourcePoolStatusRequestSpec": V1alpha3ResourcePoolStatusRequestSpec,
  "V1alpha3ResourcePoolStatusRequestStatus": V1alpha3ResourcePoolStatusRequestStatus,
  "V1beta1AllocatedDeviceStatus": V1beta1AllocatedDeviceStatus,
  "V1beta1AllocationResult": V1beta1AllocationResult,
  "V1beta1ApplyConfiguration": V1beta1ApplyConfiguration,
  "V1beta1BasicDevice": V1beta1BasicDevice,
  "V1beta1CELDeviceSelector": V1beta1CELDeviceSelector,
  "V1beta1CapacityRequestPolicy": V1beta1CapacityRequestPolicy,
  "V1beta1CapacityRequestPolicyRange": V1beta1CapacityRequestPolicyRange,
  "V1beta1CapacityRequirements": V1beta1CapacityRequirements,
  "V1beta1ClusterTrustBundle": V1beta1ClusterTrustBundle,
  "V1beta1ClusterTrustBundleList": V1beta1ClusterTrustBundleList,
  "V1beta1ClusterTrustBundleSpec": V1beta1ClusterTrustBundleSpec,
  "V1beta1Counter": V1beta1Counter,
  "V1beta1CounterSet": V1beta1CounterSet,
  "V1beta1Device": V1beta1Device,
  "V1beta1DeviceAllocationConfiguration": V1beta1DeviceAllocationConfiguration,
  "V1beta1DeviceAllocationResult": V1beta1DeviceAllocationResult,
  "V1beta1DeviceAttribute": V1beta1DeviceAttribute,
  "V1beta1DeviceCapacity": V1beta1DeviceCapacity,
  "V1beta1DeviceClaim": V1beta1DeviceClaim,
  "V1beta1DeviceClaimConfiguration": V1beta1DeviceClaimConfiguration,
  "V1beta1DeviceClass": V1beta1DeviceClass,
  "V1beta1DeviceClassConfiguration": V1beta1DeviceClassConfiguration,
  "V1beta1DeviceClassList": V1beta1DeviceClassList,
  "V1beta1DeviceClassSpec": V1beta1DeviceClassSpec,
  "V1beta1DeviceConstraint": V1beta1DeviceConstraint,
  "V1beta1DeviceCounterConsumption": V1beta1DeviceCounterConsumption,
  "V1beta1DeviceRequest": V1beta1DeviceRequest,
  "V1beta1DeviceRequestAllocationResult": V1beta1DeviceRequestAllocationResult,
  "V1beta1DeviceSelector": V1beta1DeviceSelector,
  "V1beta1DeviceSubRequest": V1beta1DeviceSubRequest,
  "V1beta1DeviceTaint": V1beta1DeviceTaint,
  "V1beta1DeviceToleration": V1beta1DeviceToleration,
  "V1beta1IPAddress": V1beta1IPAddress,
  "V1beta1IPAddressList": V1beta1IPAddressList,
  "V1beta1IPAddressSpec": V1beta1IPAddressSpec,
  "V1beta1JSONPatch": V1beta1JSONPatch,
  "V1beta1LeaseCandidate": V1beta1LeaseCandidate,
  "V1beta1LeaseCandidateList": V1beta1LeaseCandidateList,
  "V1beta1LeaseCandidateSpec": V1beta1LeaseCandidateSpec,
  "V1beta1MatchCondition": V1beta1MatchCondition,
  "V1beta1MatchResources": V1beta1MatchResources,
  "V1beta1MutatingAdmissionPolicy": V1beta1MutatingAdmissionPolicy,
  "V1beta1MutatingAdmissionPolicyBinding": V1beta1MutatingAdmissionPolicyBinding,
  "V1beta1MutatingAdmissionPolicyBindingList": V1beta1MutatingAdmissionPolicyBindingList,
  "V1beta1MutatingAdmissionPolicyBindingSpec": V1beta1MutatingAdmissionPolicyBindingSpec,
  "V1beta1MutatingAdmissionPolicyList": V1beta1MutatingAdmissionPolicyList,
  "V1beta1MutatingAdmissionPolicySpec": V1beta1MutatingAdmissionPolicySpec,
  "V1beta1Mutation": V1beta1Mutation,
  "V1beta1NamedRuleWithOperations": V1beta1NamedRuleWithOperations,
  "V1beta1NetworkDeviceData": V1beta1NetworkDeviceData,
  "V1beta1NodeAllocatableResourceMapping": V1beta1NodeAllocatableResourceMapping,
  "V1beta1OpaqueDeviceConfiguration": V1beta1OpaqueDeviceConfiguration,
  "V1beta1ParamKind": V1beta1ParamKind,
  "V1beta1ParamRef": V1beta1ParamRef,
  "V1beta1ParentReference": V1beta1ParentReference,
  "V1beta1PodCertificateRequest": V1beta1PodCertificateRequest,
  "V1beta1PodCertificateRequestList": V1beta1PodCertificateRequestList,
  "V1beta1PodCertificateRequestSpec": V1beta1PodCertificateRequestSpec,
  "V1beta1PodCertificateRequestStatus": V1beta1PodCertificateRequestStatus,
  "V1beta1ResourceClaim": V1beta1ResourceClaim,
  "V1beta1ResourceClaimConsumerReference": V1beta1ResourceClaimConsumerReference,
  "V1beta1ResourceClaimList": V1beta1ResourceClaimList,
  "V1beta1ResourceClaimSpec": V1beta1ResourceClaimSpec,
  "V1beta1ResourceClaimStatus": V1beta1ResourceClaimStatus,
  "V1beta1ResourceClaimTemplate": V1beta1ResourceClaimTemplate,
  "V1beta1ResourceClaimTemplateList": V1beta1ResourceClaimTemplateList,
  "V1beta1ResourceClaimTemplateSpec": V1beta1ResourceClaimTemplateSpec,
  "V1beta1ResourcePool": V1beta1ResourcePool,
  "V1beta1ResourceSlice": V1beta1ResourceSlice,
  "V1beta1ResourceSliceList": V1beta1ResourceSliceList,
  "V1beta1ResourceSliceSpec": V1beta1ResourceSliceSpec,
  "V1beta1ServiceCIDR": V1beta1ServiceCIDR,
  "V1beta1ServiceCIDRList": V1beta1ServiceCIDRList,
  "V1beta1ServiceCIDRSpec": V1beta1ServiceCIDRSpec,
  "V1beta1ServiceCIDRStatus": V1beta1ServiceCIDRStatus,
  "V1beta1StorageVersionMigration": V1beta1StorageVersionMigration,
  "V1beta1StorageVersionMigrationList": V1beta1StorageVersionMigrationList,
  "V1beta1StorageVersionMigrationSpec": V1beta1StorageVersionMigrationSpec,
  "V1beta1StorageVersionMigrationStatus": V1beta1StorageVersionMigrationStatus,
  "V1beta1Variable": V1beta1Variable,
  "V1beta1VolumeAttributesClass": V1beta1VolumeAttributesClass,
  "V1beta1VolumeAttributesClassList": V1beta1VolumeAttributesClassList,
  "V1beta2AllocatedDeviceStatus": V1beta2AllocatedDeviceStatus,
  "V1beta2AllocationResult": V1beta2AllocationResult,
  "V1beta2CELDeviceSelector": V1beta2CELDeviceSelector,
  "V1beta2CapacityRequestPolicy": V1beta2CapacityRequestPolicy,
  "V1beta2CapacityRequestPolicyRange": V1beta2CapacityRequestPolicyRange,
  "V1beta2CapacityRequirements": V1beta2CapacityRequirements,
  "V1beta2Counter": V1beta2Counter,
  "V1beta2CounterSet": V1beta2CounterSet,
  "V1beta2Device": V1beta2Device,
  "V1beta2DeviceAllocationConfiguration": V1beta2DeviceAllocationConfiguration,
  "V1beta2DeviceAllocationResult": V1beta2DeviceAllocationResult,
  "V1beta2DeviceAttribute": V1beta2DeviceAttribute,
  "V1beta2DeviceCapacity": V1beta2DeviceCapacity,
  "V1beta2DeviceClaim": V1beta2DeviceClaim,
  "V1beta2DeviceClaimConfiguration": V1beta2DeviceClaimConfiguration,
  "V1beta2DeviceClass": V1beta2DeviceClass,
  "V1beta2DeviceClassConfiguration": V1beta2DeviceClassConfiguration,
  "V1beta2DeviceClassList": V1beta2DeviceClassList,
  "V1beta2DeviceClassSpec": V1beta2DeviceClassSpec,
  "V1beta2DeviceConstraint": V1beta2DeviceConstraint,
  "V1beta2DeviceCounterConsumption": V1beta2DeviceCounterConsumption,
  "V1beta2DeviceRequest": V1beta2DeviceRequest,
  "V1beta2DeviceRequestAllocationResult": V1beta2DeviceRequestAllocationResult,
  "V1beta2DeviceSelector": V1beta2DeviceSelector,
  "V1beta2DeviceSubRequest": V1beta2DeviceSubRequest,
  "V1beta2DeviceTaint": V1beta2DeviceTaint,
  "V1beta2DeviceTaintRule": V1beta2DeviceTaintRule,
  "V1beta2DeviceTaintRuleList": V1beta2DeviceTaintRuleList,
  "V1beta2DeviceTaintRuleSpec": V1beta2DeviceTaintRuleSpec,
  "V1beta2DeviceTaintRuleStatus": V1beta2DeviceTaintRuleStatus,
  "V1beta2DeviceTaintSelector": V1beta2DeviceTaintSelector,
  "V1beta2DeviceToleration": V1beta2DeviceToleration,
  "V1beta2ExactDeviceRequest": V1beta2ExactDeviceRequest,
  "V1beta2NetworkDeviceData": V1beta2NetworkDeviceData,
  "V1beta2NodeAllocatableResourceMapping": V1beta2NodeAllocatableResourceMapping,
  "V1beta2OpaqueDeviceConfiguration": V1beta2OpaqueDeviceConfiguration,
  "V1beta2ResourceClaim": V1beta2ResourceClaim,
  "V1beta2ResourceClaimConsumerReference": V1beta2ResourceClaimConsumerReference,
  "V1beta2ResourceClaimList": V1beta2ResourceClaimList,
  "V1beta2ResourceClaimSpec": V1beta2ResourceClaimSpec,
  "V1beta2ResourceClaimStatus": V1beta2ResourceClaimStatus,
  "V1beta2ResourceClaimTemplate": V1beta2ResourceClaimTemplate,
  "V1beta2ResourceClaimTemplateList": V1beta2ResourceClaimTemplateList,
  "V1beta2ResourceClaimTemplateSpec": V1beta2ResourceClaimTemplateSpec,
  "V1beta2ResourcePool": V1beta2ResourcePool,
  "V1beta2ResourceSlice": V1beta2ResourceSlice,
  "V1beta2ResourceSliceList": V1beta2ResourceSliceList,
  "V1beta2ResourceSliceSpec": V1beta2ResourceSliceSpec,
  "V2ContainerResourceMetricSource": V2ContainerResourceMetricSource,
  "V2ContainerResourceMetricStatus": V2ContainerResourceMetricStatus,
  "V2CrossVersionObjectReference": V2CrossVersionObjectReference,
  "V2ExternalMetricSource": V2ExternalMetricSource,
  "V2ExternalMetricStatus": V2ExternalMetricStatus,
  "V2HPAScalingPolicy": V2HPAScalingPolicy,
  "V2HPAScalingRules": V2HPAScalingRules,
  "V2HorizontalPodAutoscaler": V2HorizontalPodAutoscaler,
  "V2HorizontalPodAutoscalerBehavior": V2HorizontalPodAutoscalerBehavior,
  "V2HorizontalPodAutoscalerCondition": V2HorizontalPodAutoscalerCondition,
  "V2HorizontalPodAutoscalerList": V2HorizontalPodAutoscalerList,
  "V2HorizontalPodAutoscalerSpec": V2HorizontalPodAutoscalerSpec,
  "V2HorizontalPodAutoscalerStatus": V2HorizontalPodAutoscalerStatus,
  "V2MetricIdentifier": V2MetricIdentifier,
  "V2MetricSpec": V2MetricSpec,
  "V2MetricStatus": V2MetricStatus,
  "V2MetricTarget": V2MetricTarget,
  "V2MetricValueStatus": V2MetricValueStatus,
  "V2ObjectMetricSource": V2ObjectMetricSource,
  "V2ObjectMetricStatus": V2ObjectMetricStatus,
  "V2PodsMetricSource": V2PodsMetricSource,
  "V2PodsMetricStatus": V2PodsMetricStatus,
  "V2ResourceMetricSource": V2ResourceMetricSource,
  "V2ResourceMetricStatus": V2ResourceMetricStatus,
  "VersionInfo": VersionInfo
};
var parseMimeType = (mimeType) => {
  const [type = "", subtype = ""] = mimeType.split("/");
  return {
    type,
    subtype,
    subtypeTokens: subtype.split("+")
  };
};
var mimeTypePredicateFactory = (predicate) => (mimeType) => predicate(parseMimeType(mimeType));
var mimeTypeSimplePredicateFactory = (type, subtype) => mimeTypePredicateFactory((descriptor) => {
  if (descriptor.type !== type)
    return false;
  if (subtype != null && descriptor.subtype !== subtype)
    return false;
  return true;
});
var isTextLikeMimeType = mimeTypeSimplePredicateFactory("text");
var isJsonMimeType = mimeTypeSimplePredicateFactory("application", "json");
var isJsonLikeMimeType = mimeTypePredicateFactory((descriptor) => descriptor.type === "application" && descriptor.subtypeTokens.some((item) => item === "json"));
var isOctetStreamMimeType = mimeTypeSimplePredicateFactory("application", "octet-stream");
var isFormUrlencodedMimeType = mimeTypeSimplePredicateFactory("application", "x-www-form-urlencoded");
var supportedMimeTypePredicatesWithPriority = [
  isJsonMimeType,
  isJsonLikeMimeType,
  isTextLikeMimeType,
  isOctetStreamMimeType,
  isFormUrlencodedMimeType
];
var nullableSuffix = " | null";
var optionalSuffix = " | undefined";
var arrayPrefix = "Array<";
var arraySuffix = ">";
var mapPrefix = "{ [key: string]: ";
var mapSuffix = "; }";
var ObjectSerializer = class _ObjectSerializer {
  static findCorrectType(data, expectedType) {
    if (data == void 0) {
      return expectedType;
    } else if (primitives.indexOf(expectedType.toLowerCase()) !== -1) {
      return expectedType;
    } else if (expectedType === "Date") {
      return expectedType;
    } else {
      if (enumsMap.has(expectedType)) {
        return expectedType;
      }
      if (!typeMap[expectedType]) {
        return expectedType;
      }
      let discriminatorProperty = typeMap[expectedType].discriminator;
      if (discriminatorProperty == null) {
        return expectedType;
      } else {
        if (data[discriminatorProperty]) {
          var discriminatorType = data[discriminatorProperty];
          let mapping = typeMap[expectedType].mapping;
          if (mapping != void 0 && mapping[discriminatorType]) {
            return mapping[discriminatorType];
          } else if (typeMap[discriminatorType]) {
            return discriminatorType;
          } else {
            return expectedType;
          }
        } else {
          return expectedType;
        }
      }
    }
  }
  static serialize(data, type, format) {
    if (data == void 0) {
      return data;
    } else if (primitives.indexOf(type.toLowerCase()) !== -1) {
      return data;
    } else if (type.endsWith(nullableSuffix)) {
      let subType = type.slice(0, -nullableSuffix.length);
      return _ObjectSerializer.serialize(data, subType, format);
    } else if (type.endsWith(optionalSuffix)) {
      let subType = type.slice(0, -optionalSuffix.length);
      return _ObjectSerializer.serialize(data, subType, format);
    } else if (type.startsWith(arrayPrefix)) {
      let subType = type.slice(arrayPrefix.length, -arraySuffix.length);
      let transformedData = [];
      for (let date of data) {
        transformedData.push(_ObjectSerializer.serialize(date, subType, format));
      }
      return transformedData;
    } else if (type.startsWith(mapPrefix)) {
      let subType = type.slice(mapPrefix.length, -mapSuffix.length);
      let transformedData = {};
      for (let key in data) {
        transformedData[key] = _ObjectSerializer.serialize(data[key], subType, format);
      }
      return transformedData;
    } else if (type === "Date") {
      if (!(data instanceof Date)) {
        return data;
      }
      if (format == "date") {
        let month = data.getMonth() + 1;
        let monthStr = month < 10 ? "0" + month.toString() : month.toString();
        let day = data.getDate();
        let dayStr = day < 10 ? "0" + day.toString() : day.toString();
        return data.getFullYear() + "-" + monthStr + "-" + dayStr;
      } else {
        return data.toISOString();
      }
    } else {
      if (enumsMap.has(type)) {
        return data;
      }
      if (!typeMap[type]) {
        return data;
      }
      type = this.findCorrectType(data, type);
      let attributeTypes = typeMap[type].getAttributeTypeMap();
      let instance = {};
      for (let attributeType of attributeTypes) {
        instance[attributeType.baseName] = _ObjectSerializer.serialize(data[attributeType.name], attributeType.type, attributeType.format);
      }
      return instance;
    }
  }
  static deserialize(data, type, format) {
    type = _ObjectSerializer.findCorrectType(data, type);
    if (data == void 0) {
      return data;
    } else if (primitives.indexOf(type.toLowerCase()) !== -1) {
      return data;
    } else if (type.endsWith(nullableSuffix)) {
      let subType = type.slice(0, -nullableSuffix.length);
      return _ObjectSerializer.deserialize(data, subType, format);
    } else if (type.endsWith(optionalSuffix)) {
      let subType = type.slice(0, -optionalSuffix.length);
      return _ObjectSerializer.deserialize(data, subType, format);
    } else if (type.startsWith(arrayPrefix)) {
      let subType = type.slice(arrayPrefix.length, -arraySuffix.length);
      let transformedData = [];
      for (let date of data) {
        transformedData.push(_ObjectSerializer.deserialize(date, subType, format));
      }
      return transformedData;
    } else if (type.startsWith(mapPrefix)) {
      let subType = type.slice(mapPrefix.length, -mapSuffix.length);
      let transformedData = {};
      for (let key in data) {
        transformedData[key] = _ObjectSerializer.deserialize(data[key], subType, format);
      }
      return transformedData;
    } else if (type === "Date") {
      return new Date(data);
    } else {
      if (enumsMap.has(type)) {
        return data;
      }
      if (!typeMap[type]) {
        return data;
      }
      let instance = new typeMap[type]();
      let attributeTypes = typeMap[type].getAttributeTypeMap();
      for (let attributeType of attributeTypes) {
        let value = _ObjectSerializer.deserialize(data[attributeType.baseName], attributeType.type, attributeType.format);
        if (value !== void 0) {
          instance[attributeType.name] = value;
        }
      }
      return instance;
    }
  }
  /**
   * Normalize media type
   *
   * We currently do not handle any media types attributes, i.e. anything
   * after a semicolon. All content is assumed to be UTF-8 compatible.
   */
  static normalizeMediaType(mediaType) {
    var _a;
    if (mediaType === void 0) {
      return void 0;
    }
    return ((_a = mediaType.split(";")[0]) !== null && _a !== void 0 ? _a : "").trim().toLowerCase();
  }
  /**
   * From a list of possible media types, choose the one we can handle best.
   *
   * The order of the given media types does not have any impact on the choice
   * made.
   */
  static getPreferredMediaType(mediaTypes) {
    if (mediaTypes.length === 0) {
      return "application/json";
    }
    const normalMediaTypes = mediaTypes.map(_ObjectSerializer.normalizeMediaType);
    for (const predicate of supportedMimeTypePredicatesWithPriority) {
      for (const mediaType of normalMediaTypes) {
        if (mediaType != null && predicate(mediaType)) {
          return mediaType;
        }
      }
    }
    throw new Error("None of the given media types are supported: " + mediaTypes.join(", "));
  }
  /**
   * Convert data to a string according the given media type
   */
  static stringify(data, mediaType) {
    if (isTextLikeMimeType(mediaType)) {
      return String(data);
    }
    if (isJsonLikeMimeType(mediaType)) {
      return JSON.stringify(data);
    }
    throw new Error("The mediaType " + mediaType + " is not supported by ObjectSerializer.stringify.");
  }
  /**
   * Parse data from a string according to the given media type
   */
  static parse(rawData, mediaType) {
    if (mediaType === void 0) {
      throw new Error("Cannot parse content. No Content-Type defined.");
    }
    if (isTextLikeMimeType(mediaType)) {
      return rawData;
    }
    if (isJsonLikeMimeType(mediaType)) {
      return JSON.parse(rawData);
    }
    throw new Error("The mediaType " + mediaType + " is not supported by ObjectSerializer.parse.");
  }
};

export {
  AdmissionregistrationV1ServiceReference,
  AdmissionregistrationV1WebhookClientConfig,
  ApiextensionsV1ServiceReference,
  ApiextensionsV1WebhookClientConfig,
  ApiregistrationV1ServiceReference,
  AuthenticationV1TokenRequest,
  CoreV1EndpointPort,
  CoreV1Event,
  CoreV1EventList,
  CoreV1EventSeries,
  CoreV1ResourceClaim,
  DiscoveryV1EndpointPort,
  EventsV1Event,
  EventsV1EventList,
  EventsV1EventSeries,
  FlowcontrolV1Subject,
  RbacV1Subject,
  ResourceV1ResourceClaim,
  StorageV1TokenRequest,
  V1APIGroup,
  V1APIGroupList,
  V1APIResource,
  V1APIResourceList,
  V1APIService,
  V1APIServiceCondition,
  V1APIServiceList,
  V1APIServiceSpec,
  V1APIServiceStatus,
  V1APIVersions,
  V1AWSElasticBlockStoreVolumeSource,
  V1Affinity,
  V1AggregationRule,
  V1AllocatedDeviceStatus,
  V1AllocationResult,
  V1AppArmorProfile,
  V1ApplyConfiguration,
  V1AttachedVolume,
  V1AuditAnnotation,
  V1AzureDiskVolumeSource,
  V1AzureFilePersistentVolumeSource,
  V1AzureFileVolumeSource,
  V1Binding,
  V1BoundObjectReference,
  V1CELDeviceSelector,
  V1CSIDriver,
  V1CSIDriverList,
  V1CSIDriverSpec,
  V1CSINode,
  V1CSINodeDriver,
  V1CSINodeList,
  V1CSINodeSpec,
  V1CSIPersistentVolumeSource,
  V1CSIStorageCapacity,
  V1CSIStorageCapacityList,
  V1CSIVolumeSource,
  V1Capabilities,
  V1CapacityRequestPolicy,
  V1CapacityRequestPolicyRange,
  V1CapacityRequirements,
  V1CephFSPersistentVolumeSource,
  V1CephFSVolumeSource,
  V1CertificateSigningRequest,
  V1CertificateSigningRequestCondition,
  V1CertificateSigningRequestList,
  V1CertificateSigningRequestSpec,
  V1CertificateSigningRequestStatus,
  V1CinderPersistentVolumeSource,
  V1CinderVolumeSource,
  V1ClientIPConfig,
  V1ClusterRole,
  V1ClusterRoleBinding,
  V1ClusterRoleBindingList,
  V1ClusterRoleList,
  V1ClusterTrustBundleProjection,
  V1ComponentCondition,
  V1ComponentStatus,
  V1ComponentStatusList,
  V1Condition,
  V1ConfigMap,
  V1ConfigMapEnvSource,
  V1ConfigMapKeySelector,
  V1ConfigMapList,
  V1ConfigMapNodeConfigSource,
  V1ConfigMapProjection,
  V1ConfigMapVolumeSource,
  V1Container,
  V1ContainerExtendedResourceRequest,
  V1ContainerImage,
  V1ContainerPort,
  V1ContainerResizePolicy,
  V1ContainerRestartRule,
  V1ContainerRestartRuleOnExitCodes,
  V1ContainerState,
  V1ContainerStateRunning,
  V1ContainerStateTerminated,
  V1ContainerStateWaiting,
  V1ContainerStatus,
  V1ContainerUser,
  V1ControllerRevision,
  V1ControllerRevisionList,
  V1Counter,
  V1CounterSet,
  V1CronJob,
  V1CronJobList,
  V1CronJobSpec,
  V1CronJobStatus,
  V1CrossVersionObjectReference,
  V1CustomResourceColumnDefinition,
  V1CustomResourceConversion,
  V1CustomResourceDefinition,
  V1CustomResourceDefinitionCondition,
  V1CustomResourceDefinitionList,
  V1CustomResourceDefinitionNames,
  V1CustomResourceDefinitionSpec,
  V1CustomResourceDefinitionStatus,
  V1CustomResourceDefinitionVersion,
  V1CustomResourceSubresourceScale,
  V1CustomResourceSubresources,
  V1CustomResourceValidation,
  V1DaemonEndpoint,
  V1DaemonSet,
  V1DaemonSetCondition,
  V1DaemonSetList,
  V1DaemonSetSpec,
  V1DaemonSetStatus,
  V1DaemonSetUpdateStrategy,
  V1DeleteOptions,
  V1Deployment,
  V1DeploymentCondition,
  V1DeploymentList,
  V1DeploymentSpec,
  V1DeploymentStatus,
  V1DeploymentStrategy,
  V1Device,
  V1DeviceAllocationConfiguration,
  V1DeviceAllocationResult,
  V1DeviceAttribute,
  V1DeviceCapacity,
  V1DeviceClaim,
  V1DeviceClaimConfiguration,
  V1DeviceClass,
  V1DeviceClassConfiguration,
  V1DeviceClassList,
  V1DeviceClassSpec,
  V1DeviceConstraint,
  V1DeviceCounterConsumption,
  V1DeviceRequest,
  V1DeviceRequestAllocationResult,
  V1DeviceSelector,
  V1DeviceSubRequest,
  V1DeviceTaint,
  V1DeviceToleration,
  V1DownwardAPIProjection,
  V1DownwardAPIVolumeFile,
  V1DownwardAPIVolumeSource,
  V1EmptyDirVolumeSource,
  V1Endpoint,
  V1EndpointAddress,
  V1EndpointConditions,
  V1EndpointHints,
  V1EndpointSlice,
  V1EndpointSliceList,
  V1EndpointSubset,
  V1Endpoints,
  V1EndpointsList,
  V1EnvFromSource,
  V1EnvVar,
  V1EnvVarSource,
  V1EphemeralContainer,
  V1EphemeralVolumeSource,
  V1EventSource,
  V1Eviction,
  V1ExactDeviceRequest,
  V1ExecAction,
  V1ExemptPriorityLevelConfiguration,
  V1ExpressionWarning,
  V1ExternalDocumentation,
  V1FCVolumeSource,
  V1FieldSelectorAttributes,
  V1FieldSelectorRequirement,
  V1FileKeySelector,
  V1FlexPersistentVolumeSource,
  V1FlexVolumeSource,
  V1FlockerVolumeSource,
  V1FlowDistinguisherMethod,
  V1FlowSchema,
  V1FlowSchemaCondition,
  V1FlowSchemaList,
  V1FlowSchemaSpec,
  V1FlowSchemaStatus,
  V1ForNode,
  V1ForZone,
  V1GCEPersistentDiskVolumeSource,
  V1GRPCAction,
  V1GitRepoVolumeSource,
  V1GlusterfsPersistentVolumeSource,
  V1GlusterfsVolumeSource,
  V1GroupResource,
  V1GroupSubject,
  V1GroupVersionForDiscovery,
  V1HTTPGetAction,
  V1HTTPHeader,
  V1HTTPIngressPath,
  V1HTTPIngressRuleValue,
  V1HorizontalPodAutoscaler,
  V1HorizontalPodAutoscalerList,
  V1HorizontalPodAutoscalerSpec,
  V1HorizontalPodAutoscalerStatus,
  V1HostAlias,
  V1HostIP,
  V1HostPathVolumeSource,
  V1IPAddress,
  V1IPAddressList,
  V1IPAddressSpec,
  V1IPBlock,
  V1ISCSIPersistentVolumeSource,
  V1ISCSIVolumeSource,
  V1ImageVolumeSource,
  V1ImageVolumeStatus,
  V1Ingress,
  V1IngressBackend,
  V1IngressClass,
  V1IngressClassList,
  V1IngressClassParametersReference,
  V1IngressClassSpec,
  V1IngressList,
  V1IngressLoadBalancerIngress,
  V1IngressLoadBalancerStatus,
  V1IngressPortStatus,
  V1IngressRule,
  V1IngressServiceBackend,
  V1IngressSpec,
  V1IngressStatus,
  V1IngressTLS,
  V1JSONPatch,
  V1JSONSchemaProps,
  V1Job,
  V1JobCondition,
  V1JobList,
  V1JobSpec,
  V1JobStatus,
  V1JobTemplateSpec,
  V1KeyToPath,
  V1LabelSelector,
  V1LabelSelectorAttributes,
  V1LabelSelectorRequirement,
  V1Lease,
  V1LeaseList,
  V1LeaseSpec,
  V1Lifecycle,
  V1LifecycleHandler,
  V1LimitRange,
  V1LimitRangeItem,
  V1LimitRangeList,
  V1LimitRangeSpec,
  V1LimitResponse,
  V1LimitedPriorityLevelConfiguration,
  V1LinuxContainerUser,
  V1ListMeta,
  V1LoadBalancerIngress,
  V1LoadBalancerStatus,
  V1LocalObjectReference,
  V1LocalSubjectAccessReview,
  V1LocalVolumeSource,
  V1ManagedFieldsEntry,
  V1MatchCondition,
  V1MatchResources,
  V1ModifyVolumeStatus,
  V1MutatingAdmissionPolicy,
  V1MutatingAdmissionPolicyBinding,
  V1MutatingAdmissionPolicyBindingList,
  V1MutatingAdmissionPolicyBindingSpec,
  V1MutatingAdmissionPolicyList,
  V1MutatingAdmissionPolicySpec,
  V1MutatingWebhook,
  V1MutatingWebhookConfiguration,
  V1MutatingWebhookConfigurationList,
  V1Mutation,
  V1NFSVolumeSource,
  V1NamedRuleWithOperations,
  V1Namespace,
  V1NamespaceCondition,
  V1NamespaceList,
  V1NamespaceSpec,
  V1NamespaceStatus,
  V1NetworkDeviceData,
  V1NetworkPolicy,
  V1NetworkPolicyEgressRule,
  V1NetworkPolicyIngressRule,
  V1NetworkPolicyList,
  V1NetworkPolicyPeer,
  V1NetworkPolicyPort,
  V1NetworkPolicySpec,
  V1Node,
  V1NodeAddress,
  V1NodeAffinity,
  V1NodeAllocatableResourceClaimStatus,
  V1NodeAllocatableResourceMapping,
  V1NodeCondition,
  V1NodeConfigSource,
  V1NodeConfigStatus,
  V1NodeDaemonEndpoints,
  V1NodeFeatures,
  V1NodeList,
  V1NodeRuntimeHandler,
  V1NodeRuntimeHandlerFeatures,
  V1NodeSelector,
  V1NodeSelectorRequirement,
  V1NodeSelectorTerm,
  V1NodeSpec,
  V1NodeStatus,
  V1NodeSwapStatus,
  V1NodeSystemInfo,
  V1NonResourceAttributes,
  V1NonResourcePolicyRule,
  V1NonResourceRule,
  V1ObjectFieldSelector,
  V1ObjectMeta,
  V1ObjectReference,
  V1OpaqueDeviceConfiguration,
  V1Overhead,
  V1OwnerReference,
  V1ParamKind,
  V1ParamRef,
  V1ParentReference,
  V1PersistentVolume,
  V1PersistentVolumeClaim,
  V1PersistentVolumeClaimCondition,
  V1PersistentVolumeClaimList,
  V1PersistentVolumeClaimSpec,
  V1PersistentVolumeClaimStatus,
  V1PersistentVolumeClaimTemplate,
  V1PersistentVolumeClaimVolumeSource,
  V1PersistentVolumeList,
  V1PersistentVolumeSpec,
  V1PersistentVolumeStatus,
  V1PhotonPersistentDiskVolumeSource,
  V1Pod,
  V1PodAffinity,
  V1PodAffinityTerm,
  V1PodAntiAffinity,
  V1PodCertificateProjection,
  V1PodCondition,
  V1PodDNSConfig,
  V1PodDNSConfigOption,
  V1PodDisruptionBudget,
  V1PodDisruptionBudgetList,
  V1PodDisruptionBudgetSpec,
  V1PodDisruptionBudgetStatus,
  V1PodExtendedResourceClaimStatus,
  V1PodFailurePolicy,
  V1PodFailurePolicyOnExitCodesRequirement,
  V1PodFailurePolicyOnPodConditionsPattern,
  V1PodFailurePolicyRule,
  V1PodIP,
  V1PodList,
  V1PodOS,
  V1PodReadinessGate,
  V1PodResourceClaim,
  V1PodResourceClaimStatus,
  V1PodSchedulingGate,
  V1PodSchedulingGroup,
  V1PodSecurityContext,
  V1PodSpec,
  V1PodStatus,
  V1PodTemplate,
  V1PodTemplateList,
  V1PodTemplateSpec,
  V1PolicyRule,
  V1PolicyRulesWithSubjects,
  V1PortStatus,
  V1PortworxVolumeSource,
  V1Preconditions,
  V1PreferredSchedulingTerm,
  V1PriorityClass,
  V1PriorityClassList,
  V1PriorityLevelConfiguration,
  V1PriorityLevelConfigurationCondition,
  V1PriorityLevelConfigurationList,
  V1PriorityLevelConfigurationReference,
  V1PriorityLevelConfigurationSpec,
  V1PriorityLevelConfigurationStatus,
  V1Probe,
  V1ProjectedVolumeSource,
  V1QueuingConfiguration,
  V1QuobyteVolumeSource,
  V1RBDPersistentVolumeSource,
  V1RBDVolumeSource,
  V1ReplicaSet,
  V1ReplicaSetCondition,
  V1ReplicaSetList,
  V1ReplicaSetSpec,
  V1ReplicaSetStatus,
  V1ReplicationController,
  V1ReplicationControllerCondition,
  V1ReplicationControllerList,
  V1ReplicationControllerSpec,
  V1ReplicationControllerStatus,
  V1ResourceAttributes,
  V1ResourceClaimConsumerReference,
  V1ResourceClaimList,
  V1ResourceClaimSpec,
  V1ResourceClaimStatus,
  V1ResourceClaimTemplate,
  V1ResourceClaimTemplateList,
  V1ResourceClaimTemplateSpec,
  V1ResourceFieldSelector,
  V1ResourceHealth,
  V1ResourcePolicyRule,
  V1ResourcePool,
  V1ResourceQuota,
  V1ResourceQuotaList,
  V1ResourceQuotaSpec,
  V1ResourceQuotaStatus,
  V1ResourceRequirements,
  V1ResourceRule,
  V1ResourceSlice,
  V1ResourceSliceList,
  V1ResourceSliceSpec,
  V1ResourceStatus,
  V1Role,
  V1RoleBinding,
  V1RoleBindingList,
  V1RoleList,
  V1RoleRef,
  V1RollingUpdateDaemonSet,
  V1RollingUpdateDeployment,
  V1RollingUpdateStatefulSetStrategy,
  V1RuleWithOperations,
  V1RuntimeClass,
  V1RuntimeClassList,
  V1SELinuxOptions,
  V1Scale,
  V1ScaleIOPersistentVolumeSource,
  V1ScaleIOVolumeSource,
  V1ScaleSpec,
  V1ScaleStatus,
  V1Scheduling,
  V1ScopeSelector,
  V1ScopedResourceSelectorRequirement,
  V1SeccompProfile,
  V1Secret,
  V1SecretEnvSource,
  V1SecretKeySelector,
  V1SecretList,
  V1SecretProjection,
  V1SecretReference,
  V1SecretVolumeSource,
  V1SecurityContext,
  V1SelectableField,
  V1SelfSubjectAccessReview,
  V1SelfSubjectAccessReviewSpec,
  V1SelfSubjectReview,
  V1SelfSubjectReviewStatus,
  V1SelfSubjectRulesReview,
  V1SelfSubjectRulesReviewSpec,
  V1ServerAddressByClientCIDR,
  V1Service,
  V1ServiceAccount,
  V1ServiceAccountList,
  V1ServiceAccountSubject,
  V1ServiceAccountTokenProjection,
  V1ServiceBackendPort,
  V1ServiceCIDR,
  V1ServiceCIDRList,
  V1ServiceCIDRSpec,
  V1ServiceCIDRStatus,
  V1ServiceList,
  V1ServicePort,
  V1ServiceSpec,
  V1ServiceStatus,
  V1SessionAffinityConfig,
  V1ShardInfo,
  V1SleepAction,
  V1StatefulSet,
  V1StatefulSetCondition,
  V1StatefulSetList,
  V1StatefulSetOrdinals,
  V1StatefulSetPersistentVolumeClaimRetentionPolicy,
  V1StatefulSetSpec,
  V1StatefulSetStatus,
  V1StatefulSetUpdateStrategy,
  V1Status,
  V1StatusCause,
  V1StatusDetails,
  V1StorageClass,
  V1StorageClassList,
  V1StorageOSPersistentVolumeSource,
  V1StorageOSVolumeSource,
  V1SubjectAccessReview,
  V1SubjectAccessReviewSpec,
  V1SubjectAccessReviewStatus,
  V1SubjectRulesReviewStatus,
  V1SuccessPolicy,
  V1SuccessPolicyRule,
  V1Sysctl,
  V1TCPSocketAction,
  V1Taint,
  V1TokenRequestSpec,
  V1TokenRequestStatus,
  V1TokenReview,
  V1TokenReviewSpec,
  V1TokenReviewStatus,
  V1Toleration,
  V1TopologySelectorLabelRequirement,
  V1TopologySelectorTerm,
  V1TopologySpreadConstraint,
  V1TypeChecking,
  V1TypedLocalObjectReference,
  V1TypedObjectReference,
  V1UncountedTerminatedPods,
  V1UserInfo,
  V1UserSubject,
  V1ValidatingAdmissionPolicy,
  V1ValidatingAdmissionPolicyBinding,
  V1ValidatingAdmissionPolicyBindingList,
  V1ValidatingAdmissionPolicyBindingSpec,
  V1ValidatingAdmissionPolicyList,
  V1ValidatingAdmissionPolicySpec,
  V1ValidatingAdmissionPolicyStatus,
  V1ValidatingWebhook,
  V1ValidatingWebhookConfiguration,
  V1ValidatingWebhookConfigurationList,
  V1Validation,
  V1ValidationRule,
  V1Variable,
  V1Volume,
  V1VolumeAttachment,
  V1VolumeAttachmentList,
  V1VolumeAttachmentSource,
  V1VolumeAttachmentSpec,
  V1VolumeAttachmentStatus,
  V1VolumeAttributesClass,
  V1VolumeAttributesClassList,
  V1VolumeDevice,
  V1VolumeError,
  V1VolumeMount,
  V1VolumeMountStatus,
  V1VolumeNodeAffinity,
  V1VolumeNodeResources,
  V1VolumeProjection,
  V1VolumeResourceRequirements,
  V1VolumeStatus,
  V1VsphereVirtualDiskVolumeSource,
  V1WatchEvent,
  V1WebhookConversion,
  V1WeightedPodAffinityTerm,
  V1WindowsSecurityContextOptions,
  V1alpha1ApplyConfiguration,
  V1alpha1ClusterTrustBundle,
  V1alpha1ClusterTrustBundleList,
  V1alpha1ClusterTrustBundleSpec,
  V1alpha1JSONPatch,
  V1alpha1MatchCondition,
  V1alpha1MatchResources,
  V1alpha1MutatingAdmissionPolicy,
  V1alpha1MutatingAdmissionPolicyBinding,
  V1alpha1MutatingAdmissionPolicyBindingList,
  V1alpha1MutatingAdmissionPolicyBindingSpec,
  V1alpha1MutatingAdmissionPolicyList,
  V1alpha1MutatingAdmissionPolicySpec,
  V1alpha1Mutation,
  V1alpha1NamedRuleWithOperations,
  V1alpha1ParamKind,
  V1alpha1ParamRef,
  V1alpha1ServerStorageVersion,
  V1alpha1StorageVersion,
  V1alpha1StorageVersionCondition,
  V1alpha1StorageVersionList,
  V1alpha1StorageVersionStatus,
  V1alpha1Variable,
  V1alpha2GangSchedulingPolicy,
  V1alpha2LeaseCandidate,
  V1alpha2LeaseCandidateList,
  V1alpha2LeaseCandidateSpec,
  V1alpha2PodGroup,
  V1alpha2PodGroupList,
  V1alpha2PodGroupResourceClaim,
  V1alpha2PodGroupResourceClaimStatus,
  V1alpha2PodGroupSchedulingConstraints,
  V1alpha2PodGroupSchedulingPolicy,
  V1alpha2PodGroupSpec,
  V1alpha2PodGroupStatus,
  V1alpha2PodGroupTemplate,
  V1alpha2PodGroupTemplateReference,
  V1alpha2TopologyConstraint,
  V1alpha2TypedLocalObjectReference,
  V1alpha2Workload,
  V1alpha2WorkloadList,
  V1alpha2WorkloadPodGroupTemplateReference,
  V1alpha2WorkloadSpec,
  V1alpha3DeviceTaint,
  V1alpha3DeviceTaintRule,
  V1alpha3DeviceTaintRuleList,
  V1alpha3DeviceTaintRuleSpec,
  V1alpha3DeviceTaintRuleStatus,
  V1alpha3DeviceTaintSelector,
  V1alpha3PoolStatus,
  V1alpha3ResourcePoolStatusRequest,
  V1alpha3ResourcePoolStatusRequestList,
  V1alpha3ResourcePoolStatusRequestSpec,
  V1alpha3ResourcePoolStatusRequestStatus,
  V1beta1AllocatedDeviceStatus,
  V1beta1AllocationResult,
  V1beta1ApplyConfiguration,
  V1beta1BasicDevice,
  V1beta1CELDeviceSelector,
  V1beta1CapacityRequestPolicy,
  V1beta1CapacityRequestPolicyRange,
  V1beta1CapacityRequirements,
  V1beta1ClusterTrustBundle,
  V1beta1ClusterTrustBundleList,
  V1beta1ClusterTrustBundleSpec,
  V1beta1Counter,
  V1beta1CounterSet,
  V1beta1Device,
  V1beta1DeviceAllocationConfiguration,
  V1beta1DeviceAllocationResult,
  V1beta1DeviceAttribute,
  V1beta1DeviceCapacity,
  V1beta1DeviceClaim,
  V1beta1DeviceClaimConfiguration,
  V1beta1DeviceClass,
  V1beta1DeviceClassConfiguration,
  V1beta1DeviceClassList,
  V1beta1DeviceClassSpec,
  V1beta1DeviceConstraint,
  V1beta1DeviceCounterConsumption,
  V1beta1DeviceRequest,
  V1beta1DeviceRequestAllocationResult,
  V1beta1DeviceSelector,
  V1beta1DeviceSubRequest,
  V1beta1DeviceTaint,
  V1beta1DeviceToleration,
  V1beta1IPAddress,
  V1beta1IPAddressList,
  V1beta1IPAddressSpec,
  V1beta1JSONPatch,
  V1beta1LeaseCandidate,
  V1beta1LeaseCandidateList,
  V1beta1LeaseCandidateSpec,
  V1beta1MatchCondition,
  V1beta1MatchResources,
  V1beta1MutatingAdmissionPolicy,
  V1beta1MutatingAdmissionPolicyBinding,
  V1beta1MutatingAdmissionPolicyBindingList,
  V1beta1MutatingAdmissionPolicyBindingSpec,
  V1beta1MutatingAdmissionPolicyList,
  V1beta1MutatingAdmissionPolicySpec,
  V1beta1Mutation,
  V1beta1NamedRuleWithOperations,
  V1beta1NetworkDeviceData,
  V1beta1NodeAllocatableResourceMapping,
  V1beta1OpaqueDeviceConfiguration,
  V1beta1ParamKind,
  V1beta1ParamRef,
  V1beta1ParentReference,
  V1beta1PodCertificateRequest,
  V1beta1PodCertificateRequestList,
  V1beta1PodCertificateRequestSpec,
  V1beta1PodCertificateRequestStatus,
  V1beta1ResourceClaim,
  V1beta1ResourceClaimConsumerReference,
  V1beta1ResourceClaimList,
  V1beta1ResourceClaimSpec,
  V1beta1ResourceClaimStatus,
  V1beta1ResourceClaimTemplate,
  V1beta1ResourceClaimTemplateList,
  V1beta1ResourceClaimTemplateSpec,
  V1beta1ResourcePool,
  V1beta1ResourceSlice,
  V1beta1ResourceSliceList,
  V1beta1ResourceSliceSpec,
  V1beta1ServiceCIDR,
  V1beta1ServiceCIDRList,
  V1beta1ServiceCIDRSpec,
  V1beta1ServiceCIDRStatus,
  V1beta1StorageVersionMigration,
  V1beta1StorageVersionMigrationList,
  V1beta1StorageVersionMigrationSpec,
  V1beta1StorageVersionMigrationStatus,
  V1beta1Variable,
  V1beta1VolumeAttributesClass,
  V1beta1VolumeAttributesClassList,
  V1beta2AllocatedDeviceStatus,
  V1beta2AllocationResult,
  V1beta2CELDeviceSelector,
  V1beta2CapacityRequestPolicy,
  V1beta2CapacityRequestPolicyRange,
  V1beta2CapacityRequirements,
  V1beta2Counter,
  V1beta2CounterSet,
  V1beta2Device,
  V1beta2DeviceAllocationConfiguration,
  V1beta2DeviceAllocationResult,
  V1beta2DeviceAttribute,
  V1beta2DeviceCapacity,
  V1beta2DeviceClaim,
  V1beta2DeviceClaimConfiguration,
  V1beta2DeviceClass,
  V1beta2DeviceClassConfiguration,
  V1beta2DeviceClassList,
  V1beta2DeviceClassSpec,
  V1beta2DeviceConstraint,
  V1beta2DeviceCounterConsumption,
  V1beta2DeviceRequest,
  V1beta2DeviceRequestAllocationResult,
  V1beta2DeviceSelector,
  V1beta2DeviceSubRequest,
  V1beta2DeviceTaint,
  V1beta2DeviceTaintRule,
  V1beta2DeviceTaintRuleList,
  V1beta2DeviceTaintRuleSpec,
  V1beta2DeviceTaintRuleStatus,
  V1beta2DeviceTaintSelector,
  V1beta2DeviceToleration,
  V1beta2ExactDeviceRequest,
  V1beta2NetworkDeviceData,
  V1beta2NodeAllocatableResourceMapping,
  V1beta2OpaqueDeviceConfiguration,
  V1beta2ResourceClaim,
  V1beta2ResourceClaimConsumerReference,
  V1beta2ResourceClaimList,
  V1beta2ResourceClaimSpec,
  V1beta2ResourceClaimStatus,
  V1beta2ResourceClaimTemplate,
  V1beta2ResourceClaimTemplateList,
  V1beta2ResourceClaimTemplateSpec,
  V1beta2ResourcePool,
  V1beta2ResourceSlice,
  V1beta2ResourceSliceList,
  V1beta2ResourceSliceSpec,
  V2ContainerResourceMetricSource,
  V2ContainerResourceMetricStatus,
  V2CrossVersionObjectReference,
  V2ExternalMetricSource,
  V2ExternalMetricStatus,
  V2HPAScalingPolicy,
  V2HPAScalingRules,
  V2HorizontalPodAutoscaler,
  V2HorizontalPodAutoscalerBehavior,
  V2HorizontalPodAutoscalerCondition,
  V2HorizontalPodAutoscalerList,
  V2HorizontalPodAutoscalerSpec,
  V2HorizontalPodAutoscalerStatus,
  V2MetricIdentifier,
  V2MetricSpec,
  V2MetricStatus,
  V2MetricTarget,
  V2MetricValueStatus,
  V2ObjectMetricSource,
  V2ObjectMetricStatus,
  V2PodsMetricSource,
  V2PodsMetricStatus,
  V2ResourceMetricSource,
  V2ResourceMetricStatus,
  VersionInfo,
  ObjectSerializer
};
