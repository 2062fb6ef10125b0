import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  AllDevicesIsolationMode,
  ClientPrefix,
  ClientStoppedError,
  CrossSigningKey,
  CryptoEvent,
  DecryptionError,
  DecryptionFailureCode,
  DecryptionKeyDoesNotMatchError,
  Device,
  DeviceIsolationModeKind,
  DeviceVerification,
  DeviceVerificationStatus,
  EventShieldColour,
  EventShieldReason,
  EventType,
  HistoryVisibility,
  ImportRoomKeyStage,
  IndexedDBCryptoStore,
  KnownMembership,
  LogSpan,
  MapWithDefault,
  MatrixError,
  MatrixEventEvent,
  Method,
  MigrationState,
  MsgType,
  SECRET_STORAGE_ALGORITHM_V1_AES,
  ToDeviceMessageId,
  TypedEventEmitter,
  TypedReEmitter,
  UserVerificationStatus,
  VerificationPhase,
  VerificationRequestEvent,
  VerifierEvent,
  calculateRetryBackoff,
  decodeBase64,
  decryptAESSecretStorageItem,
  deriveRecoveryKeyFromPassphrase,
  encodeBase64,
  encodeRecoveryKey,
  encodeUri,
  getHttpUriForMxc,
  logDuration,
  require_defineProperty,
  require_objectSpread2,
  secureRandomString,
  sleep
} from "./chunk-JWPEM4KV.js";
import "./chunk-FOD4HBAH.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-EP666XB4.js";

// node_modules/another-json/another-json.js
var require_another_json = __commonJS({
  "node_modules/another-json/another-json.js"(exports, module2) {
    "use strict";
    var escaped = /[\\\"\x00-\x1F]/g;
    var escapes = {};
    for (i = 0; i < 32; ++i) {
      escapes[String.fromCharCode(i)] = "\\U" + ("0000" + i.toString(16)).slice(-4).toUpperCase();
    }
    var i;
    escapes["\b"] = "\\b";
    escapes["	"] = "\\t";
    escapes["\n"] = "\\n";
    escapes["\f"] = "\\f";
    escapes["\r"] = "\\r";
    escapes['"'] = '\\"';
    escapes["\\"] = "\\\\";
    function escapeString(value) {
      escaped.lastIndex = 0;
      return value.replace(escaped, function(c) {
        return escapes[c];
      });
    }
    function stringify(value) {
      switch (typeof value) {
        case "string":
          return '"' + escapeString(value) + '"';
        case "number":
          return isFinite(value) ? value : "null";
        case "boolean":
          return value;
        case "object":
          if (value === null) {
            return "null";
          }
          if (Array.isArray(value)) {
            return stringifyArray(value);
          }
          return stringifyObject(value);
        default:
          throw new Error("Cannot stringify: " + typeof value);
      }
    }
    function stringifyArray(array) {
      var sep = "[";
      var result = "";
      for (var i2 = 0; i2 < array.length; ++i2) {
        result += sep;
        sep = ",";
        result += stringify(array[i2]);
      }
      if (sep != ",") {
        return "[]";
      } else {
        return result + "]";
      }
    }
    function stringifyObject(object) {
      var sep = "{";
      var result = "";
      var keys = Object.keys(object);
      keys.sort();
      for (var i2 = 0; i2 < keys.length; ++i2) {
        var key = keys[i2];
        result += sep + '"' + escapeString(key) + '":';
        sep = ",";
        result += stringify(object[key]);
      }
      if (sep != ",") {
        return "{}";
      } else {
        return result + "}";
      }
    }
    module2.exports = { stringify };
  }
});

// node_modules/matrix-js-sdk/lib/rust-crypto/index.js
var import_objectSpread23 = __toESM(require_objectSpread2(), 1);

// node_modules/@matrix-org/matrix-sdk-crypto-wasm/node.mjs
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

// node_modules/@matrix-org/matrix-sdk-crypto-wasm/pkg/matrix_sdk_crypto_wasm_bg.js
var matrix_sdk_crypto_wasm_bg_exports = {};
__export(matrix_sdk_crypto_wasm_bg_exports, {
  Attachment: () => Attachment,
  BackupDecryptionKey: () => BackupDecryptionKey,
  BackupKeys: () => BackupKeys,
  BackupSecretsBundle: () => BackupSecretsBundle,
  Base64EncodedPkMessage: () => Base64EncodedPkMessage,
  BaseMigrationData: () => BaseMigrationData,
  CancelInfo: () => CancelInfo,
  CheckCode: () => CheckCode,
  CollectStrategy: () => CollectStrategy,
  CrossSigningBootstrapRequests: () => CrossSigningBootstrapRequests,
  CrossSigningKeyExport: () => CrossSigningKeyExport,
  CrossSigningStatus: () => CrossSigningStatus,
  Curve25519PublicKey: () => Curve25519PublicKey,
  Curve25519SecretKey: () => Curve25519SecretKey,
  DecryptedRoomEvent: () => DecryptedRoomEvent,
  DecryptedToDeviceEvent: () => DecryptedToDeviceEvent,
  DecryptionErrorCode: () => DecryptionErrorCode,
  DecryptionSettings: () => DecryptionSettings,
  DehydratedDevice: () => DehydratedDevice,
  DehydratedDeviceKey: () => DehydratedDeviceKey,
  DehydratedDevices: () => DehydratedDevices,
  Device: () => Device2,
  DeviceId: () => DeviceId,
  DeviceKey: () => DeviceKey,
  DeviceKeyAlgorithm: () => DeviceKeyAlgorithm,
  DeviceKeyAlgorithmName: () => DeviceKeyAlgorithmName,
  DeviceKeyId: () => DeviceKeyId,
  DeviceKeyName: () => DeviceKeyName,
  DeviceLists: () => DeviceLists,
  Ecies: () => Ecies,
  Ed25519PublicKey: () => Ed25519PublicKey,
  Ed25519Signature: () => Ed25519Signature,
  Emoji: () => Emoji,
  EncryptedAttachment: () => EncryptedAttachment,
  EncryptionAlgorithm: () => EncryptionAlgorithm,
  EncryptionInfo: () => EncryptionInfo,
  EncryptionSettings: () => EncryptionSettings,
  EstablishedEcies: () => EstablishedEcies,
  EventId: () => EventId,
  HistoryVisibility: () => HistoryVisibility2,
  IdentityKeys: () => IdentityKeys,
  InboundCreationResult: () => InboundCreationResult,
  InboundGroupSession: () => InboundGroupSession,
  InvalidToDeviceEvent: () => InvalidToDeviceEvent,
  KeysBackupRequest: () => KeysBackupRequest,
  KeysClaimRequest: () => KeysClaimRequest,
  KeysQueryRequest: () => KeysQueryRequest,
  KeysUploadRequest: () => KeysUploadRequest,
  LocalTrust: () => LocalTrust,
  LoggerLevel: () => LoggerLevel,
  MaybeSignature: () => MaybeSignature,
  MegolmDecryptionError: () => MegolmDecryptionError,
  MegolmV1BackupKey: () => MegolmV1BackupKey,
  Migration: () => Migration,
  Msc4108IntentData: () => Msc4108IntentData,
  Msc4388IntentData: () => Msc4388IntentData,
  OlmMachine: () => OlmMachine,
  OtherUserIdentity: () => OtherUserIdentity,
  OutboundCreationResult: () => OutboundCreationResult,
  OwnUserIdentity: () => OwnUserIdentity,
  PickledInboundGroupSession: () => PickledInboundGroupSession,
  PickledSession: () => PickledSession,
  PkDecryption: () => PkDecryption,
  PkEncryption: () => PkEncryption,
  PkMessage: () => PkMessage,
  PlainTextToDeviceEvent: () => PlainTextToDeviceEvent,
  ProcessedToDeviceEventType: () => ProcessedToDeviceEventType,
  PutDehydratedDeviceRequest: () => PutDehydratedDeviceRequest,
  Qr: () => Qr,
  QrCode: () => QrCode,
  QrCodeData: () => QrCodeData,
  QrCodeIntent: () => QrCodeIntent,
  QrCodeIntentData: () => QrCodeIntentData,
  QrCodeScan: () => QrCodeScan,
  QrState: () => QrState,
  RehydratedDevice: () => RehydratedDevice,
  RequestType: () => RequestType,
  RoomId: () => RoomId,
  RoomKeyCounts: () => RoomKeyCounts,
  RoomKeyImportResult: () => RoomKeyImportResult,
  RoomKeyInfo: () => RoomKeyInfo,
  RoomKeyWithheldInfo: () => RoomKeyWithheldInfo,
  RoomMessageRequest: () => RoomMessageRequest,
  RoomPendingKeyBundleDetails: () => RoomPendingKeyBundleDetails,
  RoomSettings: () => RoomSettings,
  Sas: () => Sas,
  SecretsBundle: () => SecretsBundle,
  ServerName: () => ServerName,
  ShieldColor: () => ShieldColor,
  ShieldState: () => ShieldState,
  ShieldStateCode: () => ShieldStateCode,
  Signature: () => Signature,
  SignatureState: () => SignatureState,
  SignatureUploadRequest: () => SignatureUploadRequest,
  SignatureVerification: () => SignatureVerification,
  Signatures: () => Signatures,
  StoreHandle: () => StoreHandle,
  StoredRoomKeyBundleData: () => StoredRoomKeyBundleData,
  ToDeviceEncryptionInfo: () => ToDeviceEncryptionInfo,
  ToDeviceRequest: () => ToDeviceRequest,
  ToDeviceUnableToDecryptInfo: () => ToDeviceUnableToDecryptInfo,
  ToDeviceUnableToDecryptReason: () => ToDeviceUnableToDecryptReason,
  Tracing: () => Tracing,
  TrustRequirement: () => TrustRequirement,
  UTDToDeviceEvent: () => UTDToDeviceEvent,
  UploadSigningKeysRequest: () => UploadSigningKeysRequest,
  UserDevices: () => UserDevices,
  UserId: () => UserId,
  VerificationMethod: () => VerificationMethod,
  VerificationRequest: () => VerificationRequest,
  VerificationRequestPhase: () => VerificationRequestPhase,
  Versions: () => Versions,
  __wbg_Error_67e7344beaa85059: () => __wbg_Error_67e7344beaa85059,
  __wbg_Number_c54e7112a3fa7e3e: () => __wbg_Number_c54e7112a3fa7e3e,
  __wbg_String_8564e559799eccda: () => __wbg_String_8564e559799eccda,
  __wbg_Window_241244be8c9776c1: () => __wbg_Window_241244be8c9776c1,
  __wbg_WorkerGlobalScope_8623a7c9030fbce2: () => __wbg_WorkerGlobalScope_8623a7c9030fbce2,
  __wbg___wbindgen_bigint_get_as_i64_b482365c149396c8: () => __wbg___wbindgen_bigint_get_as_i64_b482365c149396c8,
  __wbg___wbindgen_boolean_get_7a12af2b3f899c5a: () => __wbg___wbindgen_boolean_get_7a12af2b3f899c5a,
  __wbg___wbindgen_debug_string_0e68cf47c9cbd9b0: () => __wbg___wbindgen_debug_string_0e68cf47c9cbd9b0,
  __wbg___wbindgen_in_50072d4d6e45c193: () => __wbg___wbindgen_in_50072d4d6e45c193,
  __wbg___wbindgen_is_bigint_60fc0336cb14f5d7: () => __wbg___wbindgen_is_bigint_60fc0336cb14f5d7,
  __wbg___wbindgen_is_function_fcda5e3902d732fe: () => __wbg___wbindgen_is_function_fcda5e3902d732fe,
  __wbg___wbindgen_is_null_5160b3e381865372: () => __wbg___wbindgen_is_null_5160b3e381865372,
  __wbg___wbindgen_is_object_edb6b15aa3afe12e: () => __wbg___wbindgen_is_object_edb6b15aa3afe12e,
  __wbg___wbindgen_is_string_c4f7cb494a2a21f1: () => __wbg___wbindgen_is_string_c4f7cb494a2a21f1,
  __wbg___wbindgen_is_undefined_8c687d0b90d5b524: () => __wbg___wbindgen_is_undefined_8c687d0b90d5b524,
  __wbg___wbindgen_jsval_eq_9fdcd3c0a860dd3b: () => __wbg___wbindgen_jsval_eq_9fdcd3c0a860dd3b,
  __wbg___wbindgen_jsval_loose_eq_3c30021c243b64cd: () => __wbg___wbindgen_jsval_loose_eq_3c30021c243b64cd,
  __wbg___wbindgen_number_get_1dc732b810cb937c: () => __wbg___wbindgen_number_get_1dc732b810cb937c,
  __wbg___wbindgen_string_get_92ab86bb19cbc12f: () => __wbg___wbindgen_string_get_92ab86bb19cbc12f,
  __wbg___wbindgen_throw_5d9e815e6fdf150f: () => __wbg___wbindgen_throw_5d9e815e6fdf150f,
  __wbg__wbg_cb_unref_997e73d32238e655: () => __wbg__wbg_cb_unref_997e73d32238e655,
  __wbg_abort_f692a110ee403014: () => __wbg_abort_f692a110ee403014,
  __wbg_add_410a1a7101375ac7: () => __wbg_add_410a1a7101375ac7,
  __wbg_add_8a5c57dd2c815678: () => __wbg_add_8a5c57dd2c815678,
  __wbg_at_157886d40f709ae7: () => __wbg_at_157886d40f709ae7,
  __wbg_backupkeys_new: () => __wbg_backupkeys_new,
  __wbg_bound_b651b81f2b3f6e0d: () => __wbg_bound_b651b81f2b3f6e0d,
  __wbg_call_269c5566fbede3eb: () => __wbg_call_269c5566fbede3eb,
  __wbg_call_6bcf8d3e20937e46: () => __wbg_call_6bcf8d3e20937e46,
  __wbg_call_7bbd9cceba9949ad: () => __wbg_call_7bbd9cceba9949ad,
  __wbg_call_c1ad1cb1b78e8130: () => __wbg_call_c1ad1cb1b78e8130,
  __wbg_clearTimeout_3629d6209dfcc46e: () => __wbg_clearTimeout_3629d6209dfcc46e,
  __wbg_clear_dec40bfb446d8509: () => __wbg_clear_dec40bfb446d8509,
  __wbg_close_39a0adee471336e2: () => __wbg_close_39a0adee471336e2,
  __wbg_code_0589939084228780: () => __wbg_code_0589939084228780,
  __wbg_commit_ebd6d9676954e0d2: () => __wbg_commit_ebd6d9676954e0d2,
  __wbg_continue_b8815fef7aa0b75d: () => __wbg_continue_b8815fef7aa0b75d,
  __wbg_count_5d61922deb1f5d47: () => __wbg_count_5d61922deb1f5d47,
  __wbg_count_8638a559df36f5af: () => __wbg_count_8638a559df36f5af,
  __wbg_createIndex_9f1f61554a67494f: () => __wbg_createIndex_9f1f61554a67494f,
  __wbg_createIndex_a953caa8cbe1f450: () => __wbg_createIndex_a953caa8cbe1f450,
  __wbg_createObjectStore_615d9f80ee29af47: () => __wbg_createObjectStore_615d9f80ee29af47,
  __wbg_crosssigningbootstraprequests_new: () => __wbg_crosssigningbootstraprequests_new,
  __wbg_crosssigningkeyexport_new: () => __wbg_crosssigningkeyexport_new,
  __wbg_crosssigningstatus_new: () => __wbg_crosssigningstatus_new,
  __wbg_crypto_38df2bab126b63dc: () => __wbg_crypto_38df2bab126b63dc,
  __wbg_debug_2c140c53c812db8c: () => __wbg_debug_2c140c53c812db8c,
  __wbg_debug_eb092a10b3338acb: () => __wbg_debug_eb092a10b3338acb,
  __wbg_decryptedroomevent_new: () => __wbg_decryptedroomevent_new,
  __wbg_decryptedtodeviceevent_new: () => __wbg_decryptedtodeviceevent_new,
  __wbg_dehydrateddevice_new: () => __wbg_dehydrateddevice_new,
  __wbg_dehydrateddevicekey_new: () => __wbg_dehydrateddevicekey_new,
  __wbg_deleteObjectStore_b2ab76420e1c3a1f: () => __wbg_deleteObjectStore_b2ab76420e1c3a1f,
  __wbg_delete_8f4a65ee3c10958c: () => __wbg_delete_8f4a65ee3c10958c,
  __wbg_delete_c66e14397c562c32: () => __wbg_delete_c66e14397c562c32,
  __wbg_device_new: () => __wbg_device_new,
  __wbg_deviceid_new: () => __wbg_deviceid_new,
  __wbg_devicekey_new: () => __wbg_devicekey_new,
  __wbg_devicekeyid_new: () => __wbg_devicekeyid_new,
  __wbg_done_cffed884d87aa22e: () => __wbg_done_cffed884d87aa22e,
  __wbg_emoji_new: () => __wbg_emoji_new,
  __wbg_encryptedattachment_new: () => __wbg_encryptedattachment_new,
  __wbg_encryptioninfo_new: () => __wbg_encryptioninfo_new,
  __wbg_entries_20b9608d57d8ddd6: () => __wbg_entries_20b9608d57d8ddd6,
  __wbg_entries_972a87586902cf87: () => __wbg_entries_972a87586902cf87,
  __wbg_error_64279b5bdc7324ac: () => __wbg_error_64279b5bdc7324ac,
  __wbg_error_756c5934221e6fee: () => __wbg_error_756c5934221e6fee,
  __wbg_error_757e9472f8410341: () => __wbg_error_757e9472f8410341,
  __wbg_error_f3117e880388aeb3: () => __wbg_error_f3117e880388aeb3,
  __wbg_from_a39669ce566077da: () => __wbg_from_a39669ce566077da,
  __wbg_getAllKeys_6ab0d073434d8877: () => __wbg_getAllKeys_6ab0d073434d8877,
  __wbg_getAllKeys_7447eb3144e0ab86: () => __wbg_getAllKeys_7447eb3144e0ab86,
  __wbg_getAll_2437333369ac1277: () => __wbg_getAll_2437333369ac1277,
  __wbg_getAll_58414036eab7517d: () => __wbg_getAll_58414036eab7517d,
  __wbg_getAll_81779f44fd1012a2: () => __wbg_getAll_81779f44fd1012a2,
  __wbg_getAll_ce8eae0b0dc1a13d: () => __wbg_getAll_ce8eae0b0dc1a13d,
  __wbg_getRandomValues_436a51d0629d84e1: () => __wbg_getRandomValues_436a51d0629d84e1,
  __wbg_getRandomValues_a678b7300e8ed57f: () => __wbg_getRandomValues_a678b7300e8ed57f,
  __wbg_getRandomValues_c44a50d8cfdaebeb: () => __wbg_getRandomValues_c44a50d8cfdaebeb,
  __wbg_getTime_65922ba0b59d55a7: () => __wbg_getTime_65922ba0b59d55a7,
  __wbg_get_0f0414f3a633bc89: () => __wbg_get_0f0414f3a633bc89,
  __wbg_get_6cf5a4d4d8ad3c5a: () => __wbg_get_6cf5a4d4d8ad3c5a,
  __wbg_get_989d0a1309644f2b: () => __wbg_get_989d0a1309644f2b,
  __wbg_get_a1a386ee18563120: () => __wbg_get_a1a386ee18563120,
  __wbg_get_b1f0ab13c737f856: () => __wbg_get_b1f0ab13c737f856,
  __wbg_get_unchecked_363572bdd397d473: () => __wbg_get_unchecked_363572bdd397d473,
  __wbg_get_with_ref_key_6412cf3094599694: () => __wbg_get_with_ref_key_6412cf3094599694,
  __wbg_global_94a489d2e6a0c5fd: () => __wbg_global_94a489d2e6a0c5fd,
  __wbg_inboundgroupsession_new: () => __wbg_inboundgroupsession_new,
  __wbg_index_1194cffffe28f207: () => __wbg_index_1194cffffe28f207,
  __wbg_indexedDB_2d959d90beb14c29: () => __wbg_indexedDB_2d959d90beb14c29,
  __wbg_indexedDB_47c354eb27472a00: () => __wbg_indexedDB_47c354eb27472a00,
  __wbg_indexedDB_803e27668e681433: () => __wbg_indexedDB_803e27668e681433,
  __wbg_info_a02f699f5146f019: () => __wbg_info_a02f699f5146f019,
  __wbg_info_f25c01bee103395d: () => __wbg_info_f25c01bee103395d,
  __wbg_instanceof_ArrayBuffer_d4ff01f8247925ae: () => __wbg_instanceof_ArrayBuffer_d4ff01f8247925ae,
  __wbg_instanceof_CursorSys_383984afc1fa1bbc: () => __wbg_instanceof_CursorSys_383984afc1fa1bbc,
  __wbg_instanceof_DomException_ef94c1e709e3e062: () => __wbg_instanceof_DomException_ef94c1e709e3e062,
  __wbg_instanceof_Error_fe6fa771c78ee4cf: () => __wbg_instanceof_Error_fe6fa771c78ee4cf,
  __wbg_instanceof_IdbCursor_29bd78c892b0cd1b: () => __wbg_instanceof_IdbCursor_29bd78c892b0cd1b,
  __wbg_instanceof_IdbDatabase_ae33ffa3aa7692d2: () => __wbg_instanceof_IdbDatabase_ae33ffa3aa7692d2,
  __wbg_instanceof_IdbOpenDbRequest_02e2ab03818fe24d: () => __wbg_instanceof_IdbOpenDbRequest_02e2ab03818fe24d,
  __wbg_instanceof_IdbRequest_a43e52936679d71f: () => __wbg_instanceof_IdbRequest_a43e52936679d71f,
  __wbg_instanceof_Map_1ff6a2b54c899f0d: () => __wbg_instanceof_Map_1ff6a2b54c899f0d,
  __wbg_instanceof_Promise_f6320f682f582ddf: () => __wbg_instanceof_Promise_f6320f682f582ddf,
  __wbg_instanceof_Uint8Array_598adc0fef426aa8: () => __wbg_instanceof_Uint8Array_598adc0fef426aa8,
  __wbg_invalidtodeviceevent_new: () => __wbg_invalidtodeviceevent_new,
  __wbg_isArray_5674713bb7b79043: () => __wbg_isArray_5674713bb7b79043,
  __wbg_isArray_ce01375355c1ee4b: () => __wbg_isArray_ce01375355c1ee4b,
  __wbg_isSafeInteger_8f51c743827d1ec5: () => __wbg_isSafeInteger_8f51c743827d1ec5,
  __wbg_item_6897d8c7b5343cb5: () => __wbg_item_6897d8c7b5343cb5,
  __wbg_iterator_22ddeb808cf55a6f: () => __wbg_iterator_22ddeb808cf55a6f,
  __wbg_key_cbf07e72de8fe203: () => __wbg_key_cbf07e72de8fe203,
  __wbg_keysbackuprequest_new: () => __wbg_keysbackuprequest_new,
  __wbg_keysclaimrequest_new: () => __wbg_keysclaimrequest_new,
  __wbg_keysqueryrequest_new: () => __wbg_keysqueryrequest_new,
  __wbg_keysuploadrequest_new: () => __wbg_keysuploadrequest_new,
  __wbg_length_31bdaf014f5fbde2: () => __wbg_length_31bdaf014f5fbde2,
  __wbg_length_4e1adc0d42e23620: () => __wbg_length_4e1adc0d42e23620,
  __wbg_length_ff98c95d19109ba4: () => __wbg_length_ff98c95d19109ba4,
  __wbg_lowerBound_9c881ff10d3043b1: () => __wbg_lowerBound_9c881ff10d3043b1,
  __wbg_maybesignature_new: () => __wbg_maybesignature_new,
  __wbg_megolmdecryptionerror_new: () => __wbg_megolmdecryptionerror_new,
  __wbg_message_1cbc5bc03dcf1dee: () => __wbg_message_1cbc5bc03dcf1dee,
  __wbg_message_d6ab3d8a5aedce1c: () => __wbg_message_d6ab3d8a5aedce1c,
  __wbg_msCrypto_bd5a034af96bcba6: () => __wbg_msCrypto_bd5a034af96bcba6,
  __wbg_name_7c7adff93f0cf4a3: () => __wbg_name_7c7adff93f0cf4a3,
  __wbg_new_180f1022bb6ee517: () => __wbg_new_180f1022bb6ee517,
  __wbg_new_1da3429bc3c4541c: () => __wbg_new_1da3429bc3c4541c,
  __wbg_new_227d7c05414eb861: () => __wbg_new_227d7c05414eb861,
  __wbg_new_5d3e59ef841aa96f: () => __wbg_new_5d3e59ef841aa96f,
  __wbg_new_8d36e20aa758e411: () => __wbg_new_8d36e20aa758e411,
  __wbg_new_8f72ed7c652bf5a2: () => __wbg_new_8f72ed7c652bf5a2,
  __wbg_new_a32a1ab6c6655abe: () => __wbg_new_a32a1ab6c6655abe,
  __wbg_new_bebc3f4757acf305: () => __wbg_new_bebc3f4757acf305,
  __wbg_new_ffa92086ea89f79c: () => __wbg_new_ffa92086ea89f79c,
  __wbg_new_from_slice_4ee02165f9de919e: () => __wbg_new_from_slice_4ee02165f9de919e,
  __wbg_new_typed_6f8b0d724fe26c07: () => __wbg_new_typed_6f8b0d724fe26c07,
  __wbg_new_with_length_5ffeddb9d9fbb96f: () => __wbg_new_with_length_5ffeddb9d9fbb96f,
  __wbg_new_with_length_ac9c609232fb2d1d: () => __wbg_new_with_length_ac9c609232fb2d1d,
  __wbg_next_95053e306b1c3aed: () => __wbg_next_95053e306b1c3aed,
  __wbg_next_f31ecb8646d2c605: () => __wbg_next_f31ecb8646d2c605,
  __wbg_node_84ea875411254db1: () => __wbg_node_84ea875411254db1,
  __wbg_now_d1fb6650485d7f3e: () => __wbg_now_d1fb6650485d7f3e,
  __wbg_now_e7c6795a7f81e10f: () => __wbg_now_e7c6795a7f81e10f,
  __wbg_objectStoreNames_0d5b2223ea497c57: () => __wbg_objectStoreNames_0d5b2223ea497c57,
  __wbg_objectStore_54d81e3f83434edc: () => __wbg_objectStore_54d81e3f83434edc,
  __wbg_oldVersion_bb3dbfcb7fa0f143: () => __wbg_oldVersion_bb3dbfcb7fa0f143,
  __wbg_olmmachine_new: () => __wbg_olmmachine_new,
  __wbg_openCursor_0dd2dcacbef4f54c: () => __wbg_openCursor_0dd2dcacbef4f54c,
  __wbg_openCursor_5da5b1efa49865f1: () => __wbg_openCursor_5da5b1efa49865f1,
  __wbg_openCursor_7c6d6688eed62e99: () => __wbg_openCursor_7c6d6688eed62e99,
  __wbg_open_56eb9bc2b4228b89: () => __wbg_open_56eb9bc2b4228b89,
  __wbg_open_bdaea92fb1357c10: () => __wbg_open_bdaea92fb1357c10,
  __wbg_otheruseridentity_new: () => __wbg_otheruseridentity_new,
  __wbg_ownuseridentity_new: () => __wbg_ownuseridentity_new,
  __wbg_parse_6937a9050adfb0e1: () => __wbg_parse_6937a9050adfb0e1,
  __wbg_performance_3fcf6e32a7e1ed0a: () => __wbg_performance_3fcf6e32a7e1ed0a,
  __wbg_pickledinboundgroupsession_unwrap: () => __wbg_pickledinboundgroupsession_unwrap,
  __wbg_pickledsession_unwrap: () => __wbg_pickledsession_unwrap,
  __wbg_plaintexttodeviceevent_new: () => __wbg_plaintexttodeviceevent_new,
  __wbg_process_44c7a14e11e9f69e: () => __wbg_process_44c7a14e11e9f69e,
  __wbg_prototypesetcall_a5476dff29f70ae5: () => __wbg_prototypesetcall_a5476dff29f70ae5,
  __wbg_prototypesetcall_ae9f5e7459250748: () => __wbg_prototypesetcall_ae9f5e7459250748,
  __wbg_push_bfdf956ba476f65b: () => __wbg_push_bfdf956ba476f65b,
  __wbg_put_7d52c69d9da5ab22: () => __wbg_put_7d52c69d9da5ab22,
  __wbg_putdehydrateddevicerequest_new: () => __wbg_putdehydrateddevicerequest_new,
  __wbg_qr_new: () => __wbg_qr_new,
  __wbg_queueMicrotask_85c90f6987555d65: () => __wbg_queueMicrotask_85c90f6987555d65,
  __wbg_queueMicrotask_f6a1fa10b81d1fc0: () => __wbg_queueMicrotask_f6a1fa10b81d1fc0,
  __wbg_randomFillSync_6c25eac9869eb53c: () => __wbg_randomFillSync_6c25eac9869eb53c,
  __wbg_readyState_4f74e29bb400e81e: () => __wbg_readyState_4f74e29bb400e81e,
  __wbg_rehydrateddevice_new: () => __wbg_rehydrateddevice_new,
  __wbg_request_64abeba15a72c084: () => __wbg_request_64abeba15a72c084,
  __wbg_request_72a78988f2edecad: () => __wbg_request_72a78988f2edecad,
  __wbg_require_b4edbdcf3e2a1ef0: () => __wbg_require_b4edbdcf3e2a1ef0,
  __wbg_resolve_35ec7e0c6af4c82c: () => __wbg_resolve_35ec7e0c6af4c82c,
  __wbg_result_1ee542654b519ece: () => __wbg_result_1ee542654b519ece,
  __wbg_roomid_unwrap: () => __wbg_roomid_unwrap,
  __wbg_roomkeycounts_new: () => __wbg_roomkeycounts_new,
  __wbg_roomkeyimportresult_new: () => __wbg_roomkeyimportresult_new,
  __wbg_roomkeyinfo_new: () => __wbg_roomkeyinfo_new,
  __wbg_roomkeywithheldinfo_new: () => __wbg_roomkeywithheldinfo_new,
  __wbg_roommessagerequest_new: () => __wbg_roommessagerequest_new,
  __wbg_roompendingkeybundledetails_new: () => __wbg_roompendingkeybundledetails_new,
  __wbg_roomsettings_new: () => __wbg_roomsettings_new,
  __wbg_sas_new: () => __wbg_sas_new,
  __wbg_secretsbundle_new: () => __wbg_secretsbundle_new,
  __wbg_setTimeout_56bcdccbad22fd44: () => __wbg_setTimeout_56bcdccbad22fd44,
  __wbg_set_0488601468e80715: () => __wbg_set_0488601468e80715,
  __wbg_set_13d25b81ab403f5e: () => __wbg_set_13d25b81ab403f5e,
  __wbg_set_6be42768c690e380: () => __wbg_set_6be42768c690e380,
  __wbg_set_bf6dde4923b9b059: () => __wbg_set_bf6dde4923b9b059,
  __wbg_set_onabort_1d0052c8998c83c3: () => __wbg_set_onabort_1d0052c8998c83c3,
  __wbg_set_oncomplete_18b4816241642ed1: () => __wbg_set_oncomplete_18b4816241642ed1,
  __wbg_set_onerror_1938848fb2ee8cc8: () => __wbg_set_onerror_1938848fb2ee8cc8,
  __wbg_set_onerror_eddf5d542c5b47d7: () => __wbg_set_onerror_eddf5d542c5b47d7,
  __wbg_set_onsuccess_4e8073573d1f2b4e: () => __wbg_set_onsuccess_4e8073573d1f2b4e,
  __wbg_set_onupgradeneeded_49d6dd635034b91f: () => __wbg_set_onupgradeneeded_49d6dd635034b91f,
  __wbg_set_unique_2cc42f748668f41d: () => __wbg_set_unique_2cc42f748668f41d,
  __wbg_set_wasm: () => __wbg_set_wasm,
  __wbg_signatures_new: () => __wbg_signatures_new,
  __wbg_signatureuploadrequest_new: () => __wbg_signatureuploadrequest_new,
  __wbg_signatureverification_new: () => __wbg_signatureverification_new,
  __wbg_stack_3b0d974bbf31e44f: () => __wbg_stack_3b0d974bbf31e44f,
  __wbg_static_accessor_GLOBAL_8eb4cd83130a11a0: () => __wbg_static_accessor_GLOBAL_8eb4cd83130a11a0,
  __wbg_static_accessor_GLOBAL_THIS_1e7044f654e934db: () => __wbg_static_accessor_GLOBAL_THIS_1e7044f654e934db,
  __wbg_static_accessor_SELF_d8b50611246a6d92: () => __wbg_static_accessor_SELF_d8b50611246a6d92,
  __wbg_static_accessor_WINDOW_fd0bc376bf0f8b42: () => __wbg_static_accessor_WINDOW_fd0bc376bf0f8b42,
  __wbg_storedroomkeybundledata_new: () => __wbg_storedroomkeybundledata_new,
  __wbg_storehandle_new: () => __wbg_storehandle_new,
  __wbg_stringify_54b3d9b61602aee6: () => __wbg_stringify_54b3d9b61602aee6,
  __wbg_subarray_1daff70dde20c145: () => __wbg_subarray_1daff70dde20c145,
  __wbg_target_3e80dc66a5936e87: () => __wbg_target_3e80dc66a5936e87,
  __wbg_then_7a850dae4493f353: () => __wbg_then_7a850dae4493f353,
  __wbg_then_b830475380919203: () => __wbg_then_b830475380919203,
  __wbg_toString_794a30e85c994f2a: () => __wbg_toString_794a30e85c994f2a,
  __wbg_todevicerequest_new: () => __wbg_todevicerequest_new,
  __wbg_transaction_3019f53fe122f6c8: () => __wbg_transaction_3019f53fe122f6c8,
  __wbg_transaction_7cc4506d6cff2b51: () => __wbg_transaction_7cc4506d6cff2b51,
  __wbg_transaction_83426eb500ee2f91: () => __wbg_transaction_83426eb500ee2f91,
  __wbg_transaction_a42a399637cea7ea: () => __wbg_transaction_a42a399637cea7ea,
  __wbg_update_400214dbaa3d90bb: () => __wbg_update_400214dbaa3d90bb,
  __wbg_upperBound_33e5eb97e0acea4d: () => __wbg_upperBound_33e5eb97e0acea4d,
  __wbg_userdevices_new: () => __wbg_userdevices_new,
  __wbg_userid_new: () => __wbg_userid_new,
  __wbg_userid_unwrap: () => __wbg_userid_unwrap,
  __wbg_utdtodeviceevent_new: () => __wbg_utdtodeviceevent_new,
  __wbg_value_481b5a1bd4c573bd: () => __wbg_value_481b5a1bd4c573bd,
  __wbg_value_c227f843d21da141: () => __wbg_value_c227f843d21da141,
  __wbg_values_356ab3872fe9da3c: () => __wbg_values_356ab3872fe9da3c,
  __wbg_verificationrequest_new: () => __wbg_verificationrequest_new,
  __wbg_version_b9d21acf19fbf402: () => __wbg_version_b9d21acf19fbf402,
  __wbg_versions_276b2795b1c6a219: () => __wbg_versions_276b2795b1c6a219,
  __wbg_warn_3418d951bf7618d2: () => __wbg_warn_3418d951bf7618d2,
  __wbg_warn_d3544c7814fab534: () => __wbg_warn_d3544c7814fab534,
  __wbindgen_generic_0000000000000001: () => __wbindgen_generic_0000000000000001,
  __wbindgen_generic_0000000000000002: () => __wbindgen_generic_0000000000000002,
  __wbindgen_generic_0000000000000003: () => __wbindgen_generic_0000000000000003,
  __wbindgen_generic_0000000000000004: () => __wbindgen_generic_0000000000000004,
  __wbindgen_generic_0000000000000005: () => __wbindgen_generic_0000000000000005,
  __wbindgen_generic_0000000000000006: () => __wbindgen_generic_0000000000000006,
  __wbindgen_generic_0000000000000007: () => __wbindgen_generic_0000000000000007,
  __wbindgen_generic_0000000000000008: () => __wbindgen_generic_0000000000000008,
  __wbindgen_generic_0000000000000009: () => __wbindgen_generic_0000000000000009,
  __wbindgen_generic_000000000000000a: () => __wbindgen_generic_000000000000000a,
  __wbindgen_init_externref_table: () => __wbindgen_init_externref_table,
  getVersions: () => getVersions,
  start: () => start
});
var Attachment = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    AttachmentFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_attachment_free(ptr, 0);
  }
  /**
   * Decrypt an `EncryptedAttachment`.
   *
   * The encrypted attachment can be created manually, or from the
   * `encrypt` method.
   *
   * **Warning**: The encrypted attachment can be used only
   * **once**! The encrypted data will still be present, but the
   * media encryption info (which contain secrets) will be
   * destroyed. It is still possible to get a JSON-encoded backup
   * by calling `EncryptedAttachment.mediaEncryptionInfo`.
   * @param {EncryptedAttachment} attachment
   * @returns {Uint8Array}
   */
  static decrypt(attachment) {
    _assertClass(attachment, EncryptedAttachment);
    const ret = wasm.attachment_decrypt(attachment.__wbg_ptr);
    if (ret[3]) {
      throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
  /**
   * Encrypt the content of the `Uint8Array`.
   *
   * It produces an `EncryptedAttachment`, which can be used to
   * retrieve the media encryption information, or the encrypted
   * data.
   * @param {Uint8Array} array
   * @returns {EncryptedAttachment}
   */
  static encrypt(array) {
    const ptr0 = passArray8ToWasm0(array, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.attachment_encrypt(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return EncryptedAttachment.__wrap(ret[0]);
  }
};
if (Symbol.dispose) Attachment.prototype[Symbol.dispose] = Attachment.prototype.free;
var BackupDecryptionKey = class _BackupDecryptionKey {
  static __wrap(ptr) {
    const obj = Object.create(_BackupDecryptionKey.prototype);
    obj.__wbg_ptr = ptr;
    BackupDecryptionKeyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    BackupDecryptionKeyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_backupdecryptionkey_free(ptr, 0);
  }
  /**
   * Create a new random [`BackupDecryptionKey`].
   * @returns {BackupDecryptionKey}
   */
  static createRandomKey() {
    const ret = wasm.backupdecryptionkey_createRandomKey();
    return _BackupDecryptionKey.__wrap(ret);
  }
  /**
   * Try to decrypt a message that was encrypted using the public part of the
   * backup key.
   * @param {string} ephemeral_key
   * @param {string} mac
   * @param {string} ciphertext
   * @returns {string}
   */
  decryptV1(ephemeral_key, mac, ciphertext) {
    let deferred5_0;
    let deferred5_1;
    try {
      const ptr0 = passStringToWasm0(ephemeral_key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      const ptr1 = passStringToWasm0(mac, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len1 = WASM_VECTOR_LEN;
      const ptr2 = passStringToWasm0(ciphertext, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len2 = WASM_VECTOR_LEN;
      const ret = wasm.backupdecryptionkey_decryptV1(this.__wbg_ptr, ptr0, len0, ptr1, len1, ptr2, len2);
      var ptr4 = ret[0];
      var len4 = ret[1];
      if (ret[3]) {
        ptr4 = 0;
        len4 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred5_0 = ptr4;
      deferred5_1 = len4;
      return getStringFromWasm0(ptr4, len4);
    } finally {
      wasm.__wbindgen_free(deferred5_0, deferred5_1, 1);
    }
  }
  /**
   * Try to create a [`BackupDecryptionKey`] from a base 64 encoded string.
   * @param {string} key
   * @returns {BackupDecryptionKey}
   */
  static fromBase64(key) {
    const ptr0 = passStringToWasm0(key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.backupdecryptionkey_fromBase64(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _BackupDecryptionKey.__wrap(ret[0]);
  }
  /**
   * Get the public part of the backup key.
   * @returns {MegolmV1BackupKey}
   */
  get megolmV1PublicKey() {
    const ret = wasm.backupdecryptionkey_megolmV1PublicKey(this.__wbg_ptr);
    return MegolmV1BackupKey.__wrap(ret);
  }
  /**
   * Convert the backup decryption key to a base 64 encoded string.
   * @returns {string}
   */
  toBase64() {
    const ret = wasm.backupdecryptionkey_toBase64(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) BackupDecryptionKey.prototype[Symbol.dispose] = BackupDecryptionKey.prototype.free;
var BackupKeys = class _BackupKeys {
  static __wrap(ptr) {
    const obj = Object.create(_BackupKeys.prototype);
    obj.__wbg_ptr = ptr;
    BackupKeysFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    BackupKeysFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_backupkeys_free(ptr, 0);
  }
  /**
   * The key used to decrypt backed up room keys, encoded as base64
   *
   * @deprecated Use `BackupKeys.decryptionKey.toBase64()`
   * @returns {string | undefined}
   */
  get decryptionKeyBase64() {
    const ret = wasm.backupkeys_decryptionKeyBase64(this.__wbg_ptr);
    return ret;
  }
  /**
   * The version that we are using for backups.
   * @returns {string | undefined}
   */
  get backupVersion() {
    const ret = wasm.__wbg_get_backupkeys_backupVersion(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The key used to decrypt backed up room keys
   * @returns {BackupDecryptionKey | undefined}
   */
  get decryptionKey() {
    const ret = wasm.__wbg_get_backupkeys_decryptionKey(this.__wbg_ptr);
    return ret === 0 ? void 0 : BackupDecryptionKey.__wrap(ret);
  }
  /**
   * The version that we are using for backups.
   * @param {string | null} [arg0]
   */
  set backupVersion(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_backupkeys_backupVersion(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The key used to decrypt backed up room keys
   * @param {BackupDecryptionKey | null} [arg0]
   */
  set decryptionKey(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, BackupDecryptionKey);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_backupkeys_decryptionKey(this.__wbg_ptr, ptr0);
  }
};
if (Symbol.dispose) BackupKeys.prototype[Symbol.dispose] = BackupKeys.prototype.free;
var BackupSecretsBundle = class _BackupSecretsBundle {
  static __wrap(ptr) {
    const obj = Object.create(_BackupSecretsBundle.prototype);
    obj.__wbg_ptr = ptr;
    BackupSecretsBundleFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    BackupSecretsBundleFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_backupsecretsbundle_free(ptr, 0);
  }
  /**
   * The backup version which this backup decryption key is used with.
   * @returns {string}
   */
  get backup_version() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_backupsecretsbundle_backup_version(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The backup decryption key, encoded as unpadded base64.
   * @returns {string}
   */
  get key() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_backupsecretsbundle_key(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The backup version which this backup decryption key is used with.
   * @param {string} arg0
   */
  set backup_version(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_backupsecretsbundle_backup_version(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The backup decryption key, encoded as unpadded base64.
   * @param {string} arg0
   */
  set key(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_backupsecretsbundle_key(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) BackupSecretsBundle.prototype[Symbol.dispose] = BackupSecretsBundle.prototype.free;
var Base64EncodedPkMessage = class _Base64EncodedPkMessage {
  static __wrap(ptr) {
    const obj = Object.create(_Base64EncodedPkMessage.prototype);
    obj.__wbg_ptr = ptr;
    Base64EncodedPkMessageFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Base64EncodedPkMessageFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_base64encodedpkmessage_free(ptr, 0);
  }
  /**
   * Creates a new base64-encoded encrypted message from its parts.
   * @param {string} ciphertext
   * @param {string} mac
   * @param {string} ephemeral_key
   */
  constructor(ciphertext, mac, ephemeral_key) {
    const ptr0 = passStringToWasm0(ciphertext, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(mac, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(ephemeral_key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len2 = WASM_VECTOR_LEN;
    const ret = wasm.base64encodedpkmessage_new(ptr0, len0, ptr1, len1, ptr2, len2);
    this.__wbg_ptr = ret;
    Base64EncodedPkMessageFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * The base64-encoded ciphertext.
   * @returns {string}
   */
  get ciphertext() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_base64encodedpkmessage_ciphertext(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The base64-encoded ephemeral public key.
   * @returns {string}
   */
  get ephemeralKey() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_base64encodedpkmessage_ephemeralKey(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The base64-encoded message authentication code (MAC).
   * @returns {string}
   */
  get mac() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_base64encodedpkmessage_mac(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The base64-encoded ciphertext.
   * @param {string} arg0
   */
  set ciphertext(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_base64encodedpkmessage_ciphertext(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The base64-encoded ephemeral public key.
   * @param {string} arg0
   */
  set ephemeralKey(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_base64encodedpkmessage_ephemeralKey(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The base64-encoded message authentication code (MAC).
   * @param {string} arg0
   */
  set mac(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_base64encodedpkmessage_mac(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) Base64EncodedPkMessage.prototype[Symbol.dispose] = Base64EncodedPkMessage.prototype.free;
var BaseMigrationData = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    BaseMigrationDataFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_basemigrationdata_free(ptr, 0);
  }
  /**
   * Create a new `BaseMigrationData` with default values.
   */
  constructor() {
    const ret = wasm.basemigrationdata_new();
    this.__wbg_ptr = ret;
    BaseMigrationDataFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * The backup recovery key, as a base64-encoded string.
   * @returns {string | undefined}
   */
  get backupRecoveryKey() {
    const ret = wasm.__wbg_get_basemigrationdata_backupRecoveryKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The backup version that is currently active.
   * @returns {string | undefined}
   */
  get backupVersion() {
    const ret = wasm.__wbg_get_basemigrationdata_backupVersion(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The device ID of the account owner.
   * @returns {DeviceId | undefined}
   */
  get deviceId() {
    const ret = wasm.__wbg_get_basemigrationdata_deviceId(this.__wbg_ptr);
    return ret === 0 ? void 0 : DeviceId.__wrap(ret);
  }
  /**
   * The pickle string holding the Olm Account, as returned by
   * `olm_pickle_account` in libolm.
   * @returns {string}
   */
  get pickledAccount() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_basemigrationdata_pickledAccount(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The private, base64-encoded, master cross-signing key.
   * @returns {string | undefined}
   */
  get privateCrossSigningMasterKey() {
    const ret = wasm.__wbg_get_basemigrationdata_privateCrossSigningMasterKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The private, base64-encoded, self-signing key.
   * @returns {string | undefined}
   */
  get privateCrossSigningSelfSigningKey() {
    const ret = wasm.__wbg_get_basemigrationdata_privateCrossSigningSelfSigningKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The private, base64-encoded, user-signing key.
   * @returns {string | undefined}
   */
  get privateCrossSigningUserSigningKey() {
    const ret = wasm.__wbg_get_basemigrationdata_privateCrossSigningUserSigningKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The user id of the account owner.
   * @returns {UserId | undefined}
   */
  get userId() {
    const ret = wasm.__wbg_get_basemigrationdata_userId(this.__wbg_ptr);
    return ret === 0 ? void 0 : UserId.__wrap(ret);
  }
  /**
   * The backup recovery key, as a base64-encoded string.
   * @param {string | null} [arg0]
   */
  set backupRecoveryKey(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_basemigrationdata_backupRecoveryKey(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The backup version that is currently active.
   * @param {string | null} [arg0]
   */
  set backupVersion(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_basemigrationdata_backupVersion(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The device ID of the account owner.
   * @param {DeviceId | null} [arg0]
   */
  set deviceId(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, DeviceId);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_basemigrationdata_deviceId(this.__wbg_ptr, ptr0);
  }
  /**
   * The pickle string holding the Olm Account, as returned by
   * `olm_pickle_account` in libolm.
   * @param {string} arg0
   */
  set pickledAccount(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_basemigrationdata_pickledAccount(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The private, base64-encoded, master cross-signing key.
   * @param {string | null} [arg0]
   */
  set privateCrossSigningMasterKey(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_basemigrationdata_privateCrossSigningMasterKey(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The private, base64-encoded, self-signing key.
   * @param {string | null} [arg0]
   */
  set privateCrossSigningSelfSigningKey(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_basemigrationdata_privateCrossSigningSelfSigningKey(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The private, base64-encoded, user-signing key.
   * @param {string | null} [arg0]
   */
  set privateCrossSigningUserSigningKey(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_basemigrationdata_privateCrossSigningUserSigningKey(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The user id of the account owner.
   * @param {UserId | null} [arg0]
   */
  set userId(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, UserId);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_basemigrationdata_userId(this.__wbg_ptr, ptr0);
  }
};
if (Symbol.dispose) BaseMigrationData.prototype[Symbol.dispose] = BaseMigrationData.prototype.free;
var CancelInfo = class _CancelInfo {
  static __wrap(ptr) {
    const obj = Object.create(_CancelInfo.prototype);
    obj.__wbg_ptr = ptr;
    CancelInfoFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    CancelInfoFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_cancelinfo_free(ptr, 0);
  }
  /**
   * Get the `code` (e.g. `m.user`) that was used to cancel the
   * verification.
   * @returns {string}
   */
  cancelCode() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.cancelinfo_cancelCode(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Was the verification cancelled by us?
   * @returns {boolean}
   */
  cancelledbyUs() {
    const ret = wasm.cancelinfo_cancelledbyUs(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get the human readable reason of the cancellation.
   * @returns {string}
   */
  reason() {
    const ret = wasm.cancelinfo_reason(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) CancelInfo.prototype[Symbol.dispose] = CancelInfo.prototype.free;
var CheckCode = class _CheckCode {
  static __wrap(ptr) {
    const obj = Object.create(_CheckCode.prototype);
    obj.__wbg_ptr = ptr;
    CheckCodeFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    CheckCodeFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_checkcode_free(ptr, 0);
  }
  /**
   * Convert the check code to an array of two bytes.
   *
   * The bytes can be converted to a more user-friendly representation.
   * {@link to_digit} and {@link toDigitNoLeadingZero} convert the bytes to a
   * two-digit number.
   * @returns {Uint8Array}
   */
  as_bytes() {
    const ret = wasm.checkcode_as_bytes(this.__wbg_ptr);
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
  /**
   * Convert the check code to two base-10 numbers, with no leading zero.
   *
   * This corresponds to the way the digits are defined in
   * {@link https://github.com/matrix-org/matrix-spec-proposals/pull/4388 MSC4388}.
   * @returns {number}
   */
  toDigitNoLeadingZero() {
    const ret = wasm.checkcode_toDigitNoLeadingZero(this.__wbg_ptr);
    return ret;
  }
  /**
   * Convert the check code to two base-10 numbers, allowing a leading zero.
   *
   * This corresponds to the way the digits were used in the initial version
   * of {@link https://github.com/matrix-org/matrix-spec-proposals/pull/4108 MSC4108}.
   * See {@link toDigitNoLeadingZero} for a more recent implementation.
   *
   * The number should be displayed with a leading 0 in case the first digit
   * is a 0.
   * @returns {number}
   */
  to_digit() {
    const ret = wasm.checkcode_to_digit(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) CheckCode.prototype[Symbol.dispose] = CheckCode.prototype.free;
var CollectStrategy = class _CollectStrategy {
  static __wrap(ptr) {
    const obj = Object.create(_CollectStrategy.prototype);
    obj.__wbg_ptr = ptr;
    CollectStrategyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    CollectStrategyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_collectstrategy_free(ptr, 0);
  }
  /**
   * Share with all (unblacklisted) devices.
   * @returns {CollectStrategy}
   */
  static allDevices() {
    const ret = wasm.collectstrategy_allDevices();
    return _CollectStrategy.__wrap(ret);
  }
  /**
   * Device based sharing strategy.
   *
   * @deprecated: use one of {@link allDevices}, {@link
   * errorOnUnverifiedUserProblem} or {@link onlyTrustedDevices}.
   * @param {boolean} only_allow_trusted_devices
   * @param {boolean} error_on_verified_user_problem
   * @returns {CollectStrategy}
   */
  static deviceBasedStrategy(only_allow_trusted_devices, error_on_verified_user_problem) {
    const ret = wasm.collectstrategy_deviceBasedStrategy(only_allow_trusted_devices, error_on_verified_user_problem);
    return _CollectStrategy.__wrap(ret);
  }
  /**
   * Tests for equality between two [`CollectStrategy`]s.
   * @param {CollectStrategy} other
   * @returns {boolean}
   */
  eq(other) {
    _assertClass(other, _CollectStrategy);
    const ret = wasm.collectstrategy_eq(this.__wbg_ptr, other.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Share with all devices, except that errors for *verified* users cause
   * sharing to fail with an error.
   *
   * In this strategy, if a verified user has an unsigned device, or
   * a verified user has replaced their identity, key
   * sharing will fail with an error.
   *
   * Otherwise, keys are shared with unsigned devices as normal.
   *
   * Once the problematic devices are blacklisted or whitelisted the
   * caller can try sharing a second time.
   * @returns {CollectStrategy}
   */
  static errorOnUnverifiedUserProblem() {
    const ret = wasm.collectstrategy_errorOnUnverifiedUserProblem();
    return _CollectStrategy.__wrap(ret);
  }
  /**
   * Share based on identity. Only distribute to devices signed by their
   * owner. If a user has no published identity he will not receive
   * any room keys.
   * @returns {CollectStrategy}
   */
  static identityBasedStrategy() {
    const ret = wasm.collectstrategy_identityBasedStrategy();
    return _CollectStrategy.__wrap(ret);
  }
  /**
   * Only share keys with devices that we "trust". A device is trusted if any
   * of the following is true:
   *     - It was manually marked as trusted.
   *     - It was marked as verified via interactive verification.
   *     - It is signed by its owner identity, and this identity has been
   *       trusted via interactive verification.
   *     - It is the current own device of the user.
   * @returns {CollectStrategy}
   */
  static onlyTrustedDevices() {
    const ret = wasm.collectstrategy_onlyTrustedDevices();
    return _CollectStrategy.__wrap(ret);
  }
};
if (Symbol.dispose) CollectStrategy.prototype[Symbol.dispose] = CollectStrategy.prototype.free;
var CrossSigningBootstrapRequests = class _CrossSigningBootstrapRequests {
  static __wrap(ptr) {
    const obj = Object.create(_CrossSigningBootstrapRequests.prototype);
    obj.__wbg_ptr = ptr;
    CrossSigningBootstrapRequestsFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    CrossSigningBootstrapRequestsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_crosssigningbootstraprequests_free(ptr, 0);
  }
  /**
   * An optional request to upload a device key.
   *
   * This will either be `undefined`, or an "outgoing request" as returned by
   * {@link OlmMachine.outgoingRequests}.
   *
   * If it is defined, the request should be sent first, and the result sent
   * back with {@link OlmMachine.markRequestAsSent}.
   * @returns {any}
   */
  get uploadKeysRequest() {
    const ret = wasm.__wbg_get_crosssigningbootstraprequests_uploadKeysRequest(this.__wbg_ptr);
    return ret;
  }
  /**
   * Request to upload key signatures, including those for the cross-signing
   * keys, and maybe some for the optional uploaded key too.
   *
   * Should be sent last.
   * @returns {SignatureUploadRequest}
   */
  get uploadSignaturesRequest() {
    const ret = wasm.__wbg_get_crosssigningbootstraprequests_uploadSignaturesRequest(this.__wbg_ptr);
    return SignatureUploadRequest.__wrap(ret);
  }
  /**
   * Request to upload the cross-signing keys.
   *
   * Should be sent second.
   * @returns {UploadSigningKeysRequest}
   */
  get uploadSigningKeysRequest() {
    const ret = wasm.__wbg_get_crosssigningbootstraprequests_uploadSigningKeysRequest(this.__wbg_ptr);
    return UploadSigningKeysRequest.__wrap(ret);
  }
};
if (Symbol.dispose) CrossSigningBootstrapRequests.prototype[Symbol.dispose] = CrossSigningBootstrapRequests.prototype.free;
var CrossSigningKeyExport = class _CrossSigningKeyExport {
  static __wrap(ptr) {
    const obj = Object.create(_CrossSigningKeyExport.prototype);
    obj.__wbg_ptr = ptr;
    CrossSigningKeyExportFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    CrossSigningKeyExportFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_crosssigningkeyexport_free(ptr, 0);
  }
  /**
   * The seed of the master key encoded as unpadded base64.
   * @returns {string | undefined}
   */
  get masterKey() {
    const ret = wasm.crosssigningkeyexport_masterKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The seed of the self signing key encoded as unpadded base64.
   * @returns {string | undefined}
   */
  get self_signing_key() {
    const ret = wasm.crosssigningkeyexport_self_signing_key(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The seed of the user signing key encoded as unpadded base64.
   * @returns {string | undefined}
   */
  get userSigningKey() {
    const ret = wasm.crosssigningkeyexport_userSigningKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
};
if (Symbol.dispose) CrossSigningKeyExport.prototype[Symbol.dispose] = CrossSigningKeyExport.prototype.free;
var CrossSigningStatus = class _CrossSigningStatus {
  static __wrap(ptr) {
    const obj = Object.create(_CrossSigningStatus.prototype);
    obj.__wbg_ptr = ptr;
    CrossSigningStatusFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    CrossSigningStatusFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_crosssigningstatus_free(ptr, 0);
  }
  /**
   * Do we have the master key?
   * @returns {boolean}
   */
  get hasMaster() {
    const ret = wasm.crosssigningstatus_hasMaster(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Do we have the self signing key? This one is necessary to sign
   * our own devices.
   * @returns {boolean}
   */
  get hasSelfSigning() {
    const ret = wasm.crosssigningstatus_hasSelfSigning(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Do we have the user signing key? This one is necessary to sign
   * other users.
   * @returns {boolean}
   */
  get hasUserSigning() {
    const ret = wasm.crosssigningstatus_hasUserSigning(this.__wbg_ptr);
    return ret !== 0;
  }
};
if (Symbol.dispose) CrossSigningStatus.prototype[Symbol.dispose] = CrossSigningStatus.prototype.free;
var Curve25519PublicKey = class _Curve25519PublicKey {
  static __wrap(ptr) {
    const obj = Object.create(_Curve25519PublicKey.prototype);
    obj.__wbg_ptr = ptr;
    Curve25519PublicKeyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Curve25519PublicKeyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_curve25519publickey_free(ptr, 0);
  }
  /**
   * The number of bytes a Curve25519 public key has.
   * @returns {number}
   */
  get length() {
    const ret = wasm.curve25519publickey_length(this.__wbg_ptr);
    return ret >>> 0;
  }
  /**
   * Create a new [`Curve25519PublicKey`] from a base64 encoded string.
   * @param {string} key
   */
  constructor(key) {
    const ptr0 = passStringToWasm0(key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.curve25519publickey_new(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    Curve25519PublicKeyFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Serialize an Curve25519 public key to an unpadded base64
   * representation.
   * @returns {string}
   */
  toBase64() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.curve25519publickey_toBase64(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) Curve25519PublicKey.prototype[Symbol.dispose] = Curve25519PublicKey.prototype.free;
var Curve25519SecretKey = class _Curve25519SecretKey {
  static __wrap(ptr) {
    const obj = Object.create(_Curve25519SecretKey.prototype);
    obj.__wbg_ptr = ptr;
    Curve25519SecretKeyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Curve25519SecretKeyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_curve25519secretkey_free(ptr, 0);
  }
  /**
   * Creates a `Curve25519SecretKey` from a base64-encoded representation of
   * the key.
   * @param {string} string
   * @returns {Curve25519SecretKey}
   */
  static fromBase64(string) {
    const ptr0 = passStringToWasm0(string, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.curve25519secretkey_fromBase64(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _Curve25519SecretKey.__wrap(ret[0]);
  }
  /**
   * Creates a `Curve25519SecretKey` from a raw byte slice.
   * @param {Uint8Array} slice
   * @returns {Curve25519SecretKey}
   */
  static fromUint8Array(slice) {
    const ptr0 = passArray8ToWasm0(slice, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.curve25519secretkey_fromUint8Array(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _Curve25519SecretKey.__wrap(ret[0]);
  }
  /**
   * Generates a new random Curve25519 secret key.
   * @returns {Curve25519SecretKey}
   */
  static new() {
    const ret = wasm.curve25519secretkey_new();
    return _Curve25519SecretKey.__wrap(ret);
  }
  /**
   * Encodes the secret key into a base64 string.
   * @returns {string}
   */
  toBase64() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.curve25519secretkey_toBase64(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Converts the secret key into a raw byte vector.
   * @returns {Uint8Array}
   */
  toUint8Array() {
    const ret = wasm.curve25519secretkey_toUint8Array(this.__wbg_ptr);
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
};
if (Symbol.dispose) Curve25519SecretKey.prototype[Symbol.dispose] = Curve25519SecretKey.prototype.free;
var DecryptedRoomEvent = class _DecryptedRoomEvent {
  static __wrap(ptr) {
    const obj = Object.create(_DecryptedRoomEvent.prototype);
    obj.__wbg_ptr = ptr;
    DecryptedRoomEventFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DecryptedRoomEventFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_decryptedroomevent_free(ptr, 0);
  }
  /**
   * If the keys for this message were shared-on-invite as part of an
   * [MSC4268] key bundle, the ID of the device from which this bundle
   * was sent.
   *
   * [MSC4268]: https://github.com/matrix-org/matrix-spec-proposals/pull/4268
   * @returns {DeviceId | undefined}
   */
  get forwarderDevice() {
    const ret = wasm.decryptedroomevent_forwarderDevice(this.__wbg_ptr);
    return ret === 0 ? void 0 : DeviceId.__wrap(ret);
  }
  /**
   * If the keys for this message were shared-on-invite as part of an
   * [MSC4268] key bundle, the ID of the user who sent us the bundle.
   *
   * [MSC4268]: https://github.com/matrix-org/matrix-spec-proposals/pull/4268
   * @returns {UserId | undefined}
   */
  get forwarder() {
    const ret = wasm.decryptedroomevent_forwarder(this.__wbg_ptr);
    return ret === 0 ? void 0 : UserId.__wrap(ret);
  }
  /**
   * Returns an empty array
   *
   * Previously, this returned the chain of Curve25519 keys through which
   * this session was forwarded, via `m.forwarded_room_key` events.
   * However, that is not cryptographically reliable, and clients should not
   * be using it.
   *
   * @see https://github.com/matrix-org/matrix-spec/issues/1089
   * @returns {string[]}
   */
  get forwardingCurve25519KeyChain() {
    const ret = wasm.decryptedroomevent_forwardingCurve25519KeyChain(this.__wbg_ptr);
    return ret;
  }
  /**
   * The signing Ed25519 key that have created the megolm key that
   * was used to decrypt this session.
   * @returns {string | undefined}
   */
  get senderClaimedEd25519Key() {
    const ret = wasm.decryptedroomevent_senderClaimedEd25519Key(this.__wbg_ptr);
    return ret;
  }
  /**
   * The Curve25519 key of the device that created the megolm
   * decryption key originally.
   * @returns {string}
   */
  get senderCurve25519Key() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.decryptedroomevent_senderCurve25519Key(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The device ID of the device that sent us the event, note this
   * is untrusted data unless `verification_state` is as well
   * trusted.
   * @returns {DeviceId | undefined}
   */
  get senderDevice() {
    const ret = wasm.decryptedroomevent_senderDevice(this.__wbg_ptr);
    return ret === 0 ? void 0 : DeviceId.__wrap(ret);
  }
  /**
   * The user ID of the event sender, note this is untrusted data
   * unless the `verification_state` is as well trusted.
   * @returns {UserId}
   */
  get sender() {
    const ret = wasm.decryptedroomevent_sender(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * The verification state of the device that sent us the event.
   * Note this is the state of the device at the time of
   * decryption. It may change in the future if a device gets
   * verified or deleted.
   * @param {boolean} strict
   * @returns {ShieldState}
   */
  shieldState(strict) {
    const ret = wasm.decryptedroomevent_shieldState(this.__wbg_ptr, strict);
    return ShieldState.__wrap(ret);
  }
  /**
   * The JSON-encoded decrypted event.
   * @returns {string}
   */
  get event() {
    const ret = wasm.__wbg_get_decryptedroomevent_event(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) DecryptedRoomEvent.prototype[Symbol.dispose] = DecryptedRoomEvent.prototype.free;
var DecryptedToDeviceEvent = class _DecryptedToDeviceEvent {
  static __wrap(ptr) {
    const obj = Object.create(_DecryptedToDeviceEvent.prototype);
    obj.__wbg_ptr = ptr;
    DecryptedToDeviceEventFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DecryptedToDeviceEventFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_decryptedtodeviceevent_free(ptr, 0);
  }
  /**
   * The type of processed to-device event. Always {@link
   * ProcessedToDeviceEventType.Decrypted} for this type.
   * @returns {ProcessedToDeviceEventType}
   */
  get type() {
    const ret = wasm.decryptedtodeviceevent_type(this.__wbg_ptr);
    return ret;
  }
  /**
   * The encryption information for the event.
   * @returns {ToDeviceEncryptionInfo}
   */
  get encryptionInfo() {
    const ret = wasm.__wbg_get_decryptedtodeviceevent_encryptionInfo(this.__wbg_ptr);
    return ToDeviceEncryptionInfo.__wrap(ret);
  }
  /**
   * The decrypted event, as if it had been sent in the clear, encoded as
   * JSON.
   *
   * Typically contains properties `type`, `sender` and `content`.
   *
   * (For room keys or secrets, some part of the content might have been
   * zeroized).
   * @returns {string}
   */
  get rawEvent() {
    const ret = wasm.__wbg_get_decryptedtodeviceevent_rawEvent(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) DecryptedToDeviceEvent.prototype[Symbol.dispose] = DecryptedToDeviceEvent.prototype.free;
var DecryptionErrorCode = Object.freeze({
  /**
   * The room key is not known
   */
  MissingRoomKey: 0,
  "0": "MissingRoomKey",
  /**
   * The room key is known but ratcheted
   */
  UnknownMessageIndex: 1,
  "1": "UnknownMessageIndex",
  /**
   * Decryption failed because of a mismatch between the identity keys of the
   * device we received the room key from and the identity keys recorded in
   * the plaintext of the room key to-device message.
   */
  MismatchedIdentityKeys: 2,
  "2": "MismatchedIdentityKeys",
  /**
   * We weren't able to link the message back to any known device.
   */
  UnknownSenderDevice: 3,
  "3": "UnknownSenderDevice",
  /**
   * The sender device is not cross-signed.
   */
  UnsignedSenderDevice: 4,
  "4": "UnsignedSenderDevice",
  /**
   * The sender's identity is unverified, but was previously verified.
   */
  SenderIdentityVerificationViolation: 5,
  "5": "SenderIdentityVerificationViolation",
  /**
   * Other failure.
   */
  UnableToDecrypt: 6,
  "6": "UnableToDecrypt",
  /**
   * The `sender` field on the event does not match the owner of the device
   * that established the Megolm session.
   */
  MismatchedSender: 7,
  "7": "MismatchedSender"
});
var DecryptionSettings = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DecryptionSettingsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_decryptionsettings_free(ptr, 0);
  }
  /**
   * Create a new `DecryptionSettings` with the given trust requirement.
   * @param {TrustRequirement} sender_device_trust_requirement
   */
  constructor(sender_device_trust_requirement) {
    const ret = wasm.decryptionsettings_new(sender_device_trust_requirement);
    this.__wbg_ptr = ret;
    DecryptionSettingsFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * The trust level required to decrypt the event
   * @returns {TrustRequirement}
   */
  get sender_device_trust_requirement() {
    const ret = wasm.__wbg_get_decryptionsettings_sender_device_trust_requirement(this.__wbg_ptr);
    return ret;
  }
  /**
   * The trust level required to decrypt the event
   * @param {TrustRequirement} arg0
   */
  set sender_device_trust_requirement(arg0) {
    wasm.__wbg_set_decryptionsettings_sender_device_trust_requirement(this.__wbg_ptr, arg0);
  }
};
if (Symbol.dispose) DecryptionSettings.prototype[Symbol.dispose] = DecryptionSettings.prototype.free;
var DehydratedDevice = class _DehydratedDevice {
  static __wrap(ptr) {
    const obj = Object.create(_DehydratedDevice.prototype);
    obj.__wbg_ptr = ptr;
    DehydratedDeviceFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DehydratedDeviceFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_dehydrateddevice_free(ptr, 0);
  }
  /**
   * Create the request to upload the dehydrated device
   * @param {string} initial_device_display_name
   * @param {DehydratedDeviceKey} dehydrated_device_key
   * @returns {Promise<PutDehydratedDeviceRequest>}
   */
  keysForUpload(initial_device_display_name, dehydrated_device_key) {
    _assertClass(dehydrated_device_key, DehydratedDeviceKey);
    const ret = wasm.dehydrateddevice_keysForUpload(this.__wbg_ptr, initial_device_display_name, dehydrated_device_key.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) DehydratedDevice.prototype[Symbol.dispose] = DehydratedDevice.prototype.free;
var DehydratedDeviceKey = class _DehydratedDeviceKey {
  static __wrap(ptr) {
    const obj = Object.create(_DehydratedDeviceKey.prototype);
    obj.__wbg_ptr = ptr;
    DehydratedDeviceKeyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DehydratedDeviceKeyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_dehydrateddevicekey_free(ptr, 0);
  }
  /**
   * Generates a dehydrated device key from a given array.
   * @param {Uint8Array} array
   * @returns {DehydratedDeviceKey}
   */
  static createKeyFromArray(array) {
    const ret = wasm.dehydrateddevicekey_createKeyFromArray(array);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _DehydratedDeviceKey.__wrap(ret[0]);
  }
  /**
   * Generates a new random dehydrated device key.
   * @returns {DehydratedDeviceKey}
   */
  static createRandomKey() {
    const ret = wasm.dehydrateddevicekey_createRandomKey();
    return _DehydratedDeviceKey.__wrap(ret);
  }
  /**
   * Convert the dehydrated device key to a base64-encoded string.
   * @returns {string}
   */
  toBase64() {
    const ret = wasm.dehydrateddevicekey_toBase64(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) DehydratedDeviceKey.prototype[Symbol.dispose] = DehydratedDeviceKey.prototype.free;
var DehydratedDevices = class _DehydratedDevices {
  static __wrap(ptr) {
    const obj = Object.create(_DehydratedDevices.prototype);
    obj.__wbg_ptr = ptr;
    DehydratedDevicesFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DehydratedDevicesFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_dehydrateddevices_free(ptr, 0);
  }
  /**
   * Create a new {@link DehydratedDevice} which can be uploaded to the
   * server.
   * @returns {Promise<DehydratedDevice>}
   */
  create() {
    const ret = wasm.dehydrateddevices_create(this.__wbg_ptr);
    return ret;
  }
  /**
   * Clear the dehydrated device key saved in the crypto store.
   * @returns {Promise<void>}
   */
  deleteDehydratedDeviceKey() {
    const ret = wasm.dehydrateddevices_deleteDehydratedDeviceKey(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the cached dehydrated device key if any.
   *
   * `None` if the key was not previously cached (via
   * {@link DehydratedDevices.saveDehydratedDeviceKey}).
   * @returns {Promise<DehydratedDeviceKey | undefined>}
   */
  getDehydratedDeviceKey() {
    const ret = wasm.dehydrateddevices_getDehydratedDeviceKey(this.__wbg_ptr);
    return ret;
  }
  /**
   * Rehydrate a dehydrated device.
   * @param {DehydratedDeviceKey} dehydrated_device_key
   * @param {DeviceId} device_id
   * @param {string} device_data
   * @returns {Promise<RehydratedDevice>}
   */
  rehydrate(dehydrated_device_key, device_id, device_data) {
    _assertClass(dehydrated_device_key, DehydratedDeviceKey);
    _assertClass(device_id, DeviceId);
    const ptr0 = passStringToWasm0(device_data, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.dehydrateddevices_rehydrate(this.__wbg_ptr, dehydrated_device_key.__wbg_ptr, device_id.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * Store the dehydrated device key in the crypto store.
   * @param {DehydratedDeviceKey} dehydrated_device_key
   * @returns {Promise<void>}
   */
  saveDehydratedDeviceKey(dehydrated_device_key) {
    _assertClass(dehydrated_device_key, DehydratedDeviceKey);
    const ret = wasm.dehydrateddevices_saveDehydratedDeviceKey(this.__wbg_ptr, dehydrated_device_key.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) DehydratedDevices.prototype[Symbol.dispose] = DehydratedDevices.prototype.free;
var Device2 = class _Device {
  static __wrap(ptr) {
    const obj = Object.create(_Device.prototype);
    obj.__wbg_ptr = ptr;
    DeviceFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DeviceFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_device_free(ptr, 0);
  }
  /**
   * Get the list of algorithms this device supports.
   *
   * Returns `Array<EncryptionAlgorithm>`.
   * @returns {EncryptionAlgorithm[]}
   */
  get algorithms() {
    const ret = wasm.device_algorithms(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the Curve25519 key of the given device.
   * @returns {Curve25519PublicKey | undefined}
   */
  get curve25519Key() {
    const ret = wasm.device_curve25519Key(this.__wbg_ptr);
    return ret === 0 ? void 0 : Curve25519PublicKey.__wrap(ret);
  }
  /**
   * The unique ID of the device.
   * @returns {DeviceId}
   */
  get deviceId() {
    const ret = wasm.device_deviceId(this.__wbg_ptr);
    return DeviceId.__wrap(ret);
  }
  /**
   * Get the human readable name of the device.
   * @returns {string | undefined}
   */
  get displayName() {
    const ret = wasm.device_displayName(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Get the Ed25519 key of the given device.
   * @returns {Ed25519PublicKey | undefined}
   */
  get ed25519Key() {
    const ret = wasm.device_ed25519Key(this.__wbg_ptr);
    return ret === 0 ? void 0 : Ed25519PublicKey.__wrap(ret);
  }
  /**
   * Encrypt a to-device message to be sent to this device, using Olm
   * encryption.
   *
   * Prior to calling this method you must ensure that an Olm session is
   * available for the target device. This can be done by calling
   * {@link OlmMachine.getMissingSessions}.
   *
   * The caller is responsible for sending the encrypted
   * event to the target device. If multiple messages are
   * encrypted for the same device using this method they should be sent in
   * the same order as they are encrypted.
   *
   * # Returns
   *
   * Returns a promise for a JSON string containing the `content` of an
   * encrypted event, which be used to create the payload for a
   * `/sendToDevice` API.
   * @param {string} event_type
   * @param {any} content
   * @param {CollectStrategy | null} [share_strategy]
   * @returns {Promise<string>}
   */
  encryptToDeviceEvent(event_type, content, share_strategy) {
    const ptr0 = passStringToWasm0(event_type, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    let ptr1 = 0;
    if (!isLikeNone(share_strategy)) {
      _assertClass(share_strategy, CollectStrategy);
      ptr1 = share_strategy.__destroy_into_raw();
    }
    const ret = wasm.device_encryptToDeviceEvent(this.__wbg_ptr, ptr0, len0, content, ptr1);
    return ret;
  }
  /**
   * Timestamp representing the first time this device has been seen (in
   * milliseconds).
   * @returns {bigint}
   */
  firstTimeSeen() {
    const ret = wasm.device_firstTimeSeen(this.__wbg_ptr);
    return BigInt.asUintN(64, ret);
  }
  /**
   * Get the key of the given key algorithm belonging to this device.
   * @param {DeviceKeyAlgorithmName} algorithm
   * @returns {DeviceKey | undefined}
   */
  getKey(algorithm) {
    const ret = wasm.device_getKey(this.__wbg_ptr, algorithm);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return ret[0] === 0 ? void 0 : DeviceKey.__wrap(ret[0]);
  }
  /**
   * Is the device locally marked as blacklisted?
   *
   * Blacklisted devices won’t receive any group sessions.
   * @returns {boolean}
   */
  isBlacklisted() {
    const ret = wasm.device_isBlacklisted(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this device cross-signed by its owner?
   * @returns {boolean}
   */
  isCrossSignedByOwner() {
    const ret = wasm.device_isCrossSignedByOwner(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this device considered to be verified using cross signing.
   * @returns {boolean}
   */
  isCrossSigningTrusted() {
    const ret = wasm.device_isCrossSigningTrusted(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Whether or not the device is a dehydrated device.
   * @returns {boolean}
   */
  get isDehydrated() {
    const ret = wasm.device_isDehydrated(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is the device deleted?
   * @returns {boolean}
   */
  isDeleted() {
    const ret = wasm.device_isDeleted(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is the device locally marked as trusted?
   * @returns {boolean}
   */
  isLocallyTrusted() {
    const ret = wasm.device_isLocallyTrusted(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this device considered to be verified.
   *
   * This method returns true if either the `is_locally_trusted`
   * method returns `true` or if the `is_cross_signing_trusted`
   * method returns `true`.
   * @returns {boolean}
   */
  isVerified() {
    const ret = wasm.device_isVerified(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get a map containing all the device keys.
   * @returns {Map<DeviceKeyId, DeviceKey>}
   */
  get keys() {
    const ret = wasm.device_keys(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the trust state of the device.
   * @returns {LocalTrust}
   */
  get localTrustState() {
    const ret = wasm.device_localTrustState(this.__wbg_ptr);
    return ret;
  }
  /**
   * Request an interactive verification with this device.
   *
   * Returns a 2-element array `[VerificationRequest, ToDeviceRequest]`.
   * @param {VerificationMethod[]} [methods]
   * @returns {[VerificationRequest, ToDeviceRequest]}
   */
  requestVerification(methods) {
    var ptr0 = isLikeNone(methods) ? 0 : passArrayJsValueToWasm0(methods, wasm.__wbindgen_malloc);
    var len0 = WASM_VECTOR_LEN;
    const ret = wasm.device_requestVerification(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Set the local trust state of the device to the given state.
   *
   * This won’t affect any cross signing trust state, this only
   * sets a flag marking to have the given trust state.
   *
   * `trust_state` represents the new trust state that should be
   * set for the device.
   * @param {LocalTrust} local_state
   * @returns {Promise<null>}
   */
  setLocalTrust(local_state) {
    const ret = wasm.device_setLocalTrust(this.__wbg_ptr, local_state);
    return ret;
  }
  /**
   * Get a map containing all the device signatures.
   * @returns {Signatures}
   */
  get signatures() {
    const ret = wasm.device_signatures(this.__wbg_ptr);
    return Signatures.__wrap(ret);
  }
  /**
   * The user ID of the device owner.
   * @returns {UserId}
   */
  get userId() {
    const ret = wasm.device_userId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * Mark this device as verified.
   * Works only if the device is owned by the current user.
   *
   * Returns a signature upload request that needs to be sent out.
   * @returns {Promise<SignatureUploadRequest>}
   */
  verify() {
    const ret = wasm.device_verify(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) Device2.prototype[Symbol.dispose] = Device2.prototype.free;
var DeviceId = class _DeviceId {
  static __wrap(ptr) {
    const obj = Object.create(_DeviceId.prototype);
    obj.__wbg_ptr = ptr;
    DeviceIdFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DeviceIdFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_deviceid_free(ptr, 0);
  }
  /**
   * Create a new `DeviceId`.
   * @param {string} id
   */
  constructor(id) {
    const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.deviceid_new(ptr0, len0);
    this.__wbg_ptr = ret;
    DeviceIdFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Return the device ID as a string.
   * @returns {string}
   */
  toString() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.deviceid_toString(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) DeviceId.prototype[Symbol.dispose] = DeviceId.prototype.free;
var DeviceKey = class _DeviceKey {
  static __wrap(ptr) {
    const obj = Object.create(_DeviceKey.prototype);
    obj.__wbg_ptr = ptr;
    DeviceKeyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DeviceKeyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_devicekey_free(ptr, 0);
  }
  /**
   * Get the value associated to the `Curve25519` device key name.
   * @returns {Curve25519PublicKey | undefined}
   */
  get curve25519() {
    const ret = wasm.devicekey_curve25519(this.__wbg_ptr);
    return ret === 0 ? void 0 : Curve25519PublicKey.__wrap(ret);
  }
  /**
   * Get the value associated to the `Ed25519` device key name.
   * @returns {Ed25519PublicKey | undefined}
   */
  get ed25519() {
    const ret = wasm.devicekey_ed25519(this.__wbg_ptr);
    return ret === 0 ? void 0 : Ed25519PublicKey.__wrap(ret);
  }
  /**
   * Get the name of the device key.
   * @returns {DeviceKeyName}
   */
  get name() {
    const ret = wasm.devicekey_name(this.__wbg_ptr);
    return ret;
  }
  /**
   * Convert the `DeviceKey` into a base64 encoded string.
   * @returns {string}
   */
  toBase64() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.devicekey_toBase64(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Get the value associated to the `Unknown` device key name.
   * @returns {string | undefined}
   */
  get unknown() {
    const ret = wasm.devicekey_unknown(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
};
if (Symbol.dispose) DeviceKey.prototype[Symbol.dispose] = DeviceKey.prototype.free;
var DeviceKeyAlgorithm = class _DeviceKeyAlgorithm {
  static __wrap(ptr) {
    const obj = Object.create(_DeviceKeyAlgorithm.prototype);
    obj.__wbg_ptr = ptr;
    DeviceKeyAlgorithmFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DeviceKeyAlgorithmFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_devicekeyalgorithm_free(ptr, 0);
  }
  /**
   * Read the device key algorithm's name. If the name is
   * `Unknown`, one may be interested by the `to_string` method to
   * read the original name.
   * @returns {DeviceKeyAlgorithmName}
   */
  get name() {
    const ret = wasm.devicekeyalgorithm_name(this.__wbg_ptr);
    return ret;
  }
  /**
   * Return the device key algorithm as a string.
   * @returns {string}
   */
  toString() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.devicekeyalgorithm_toString(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) DeviceKeyAlgorithm.prototype[Symbol.dispose] = DeviceKeyAlgorithm.prototype.free;
var DeviceKeyAlgorithmName = Object.freeze({
  /**
   * The Ed25519 signature algorithm.
   */
  Ed25519: 0,
  "0": "Ed25519",
  /**
   * The Curve25519 ECDH algorithm.
   */
  Curve25519: 1,
  "1": "Curve25519",
  /**
   * An unknown device key algorithm.
   */
  Unknown: 3,
  "3": "Unknown"
});
var DeviceKeyId = class _DeviceKeyId {
  static __wrap(ptr) {
    const obj = Object.create(_DeviceKeyId.prototype);
    obj.__wbg_ptr = ptr;
    DeviceKeyIdFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DeviceKeyIdFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_devicekeyid_free(ptr, 0);
  }
  /**
   * Returns key algorithm of the device key ID.
   * @returns {DeviceKeyAlgorithm}
   */
  get algorithm() {
    const ret = wasm.devicekeyid_algorithm(this.__wbg_ptr);
    return DeviceKeyAlgorithm.__wrap(ret);
  }
  /**
   * Returns device ID of the device key ID.
   * @returns {DeviceId}
   */
  get deviceId() {
    const ret = wasm.devicekeyid_deviceId(this.__wbg_ptr);
    return DeviceId.__wrap(ret);
  }
  /**
   * Parse/validate and create a new `DeviceKeyId`.
   * @param {string} id
   */
  constructor(id) {
    const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.devicekeyid_new(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    DeviceKeyIdFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Return the device key ID as a string.
   * @returns {string}
   */
  toString() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.devicekeyid_toString(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) DeviceKeyId.prototype[Symbol.dispose] = DeviceKeyId.prototype.free;
var DeviceKeyName = Object.freeze({
  /**
   * The curve25519 device key.
   */
  Curve25519: 0,
  "0": "Curve25519",
  /**
   * The ed25519 device key.
   */
  Ed25519: 1,
  "1": "Ed25519",
  /**
   * An unknown device key.
   */
  Unknown: 2,
  "2": "Unknown"
});
var DeviceLists = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    DeviceListsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_devicelists_free(ptr, 0);
  }
  /**
   * List of users who have updated their device identity keys or
   * who now share an encrypted room with the client since the
   * previous sync
   * @returns {UserId[]}
   */
  get changed() {
    const ret = wasm.devicelists_changed(this.__wbg_ptr);
    var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
    wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
    return v1;
  }
  /**
   * Returns true if there are no device list updates.
   * @returns {boolean}
   */
  isEmpty() {
    const ret = wasm.devicelists_isEmpty(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * List of users who no longer share encrypted rooms since the
   * previous sync response.
   * @returns {UserId[]}
   */
  get left() {
    const ret = wasm.devicelists_left(this.__wbg_ptr);
    var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
    wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
    return v1;
  }
  /**
   * Create an empty `DeviceLists`.
   *
   * `changed` and `left` must be an array of `UserId`.
   *
   * Items inside `changed` and `left` will be invalidated by this method. Be
   * careful not to use the `UserId`s after this method has been called.
   * @param {UserId[] | null} [changed]
   * @param {UserId[] | null} [left]
   */
  constructor(changed, left) {
    var ptr0 = isLikeNone(changed) ? 0 : passArrayJsValueToWasm0(changed, wasm.__wbindgen_malloc);
    var len0 = WASM_VECTOR_LEN;
    var ptr1 = isLikeNone(left) ? 0 : passArrayJsValueToWasm0(left, wasm.__wbindgen_malloc);
    var len1 = WASM_VECTOR_LEN;
    const ret = wasm.devicelists_new(ptr0, len0, ptr1, len1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    DeviceListsFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
};
if (Symbol.dispose) DeviceLists.prototype[Symbol.dispose] = DeviceLists.prototype.free;
var Ecies = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    EciesFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_ecies_free(ptr, 0);
  }
  /**
   * Create a [`EstablishedEcies`] from an initial message encrypted by the
   * other side.
   * @param {string} initial_message
   * @returns {InboundCreationResult}
   */
  establish_inbound_channel(initial_message) {
    const ptr0 = passStringToWasm0(initial_message, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.ecies_establish_inbound_channel(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return InboundCreationResult.__wrap(ret[0]);
  }
  /**
   * Create an [`EstablishedEcies`] session using the other side's Curve25519
   * public key and an initial plaintext.
   *
   * After the channel has been established, we can encrypt messages to send
   * to the other side. The other side uses the initial message to
   * establishes the same channel on its side.
   * @param {Curve25519PublicKey} public_key
   * @param {string} initial_message
   * @returns {OutboundCreationResult}
   */
  establish_outbound_channel(public_key, initial_message) {
    _assertClass(public_key, Curve25519PublicKey);
    const ptr0 = passStringToWasm0(initial_message, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.ecies_establish_outbound_channel(this.__wbg_ptr, public_key.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return OutboundCreationResult.__wrap(ret[0]);
  }
  /**
   * Create a new, random, unestablished ECIES session.
   *
   * This method will use the
   * [`MATRIX_QR_CODE_LOGIN`](https://github.com/matrix-org/matrix-spec-proposals/pull/4108)
   * info for domain separation when creating the session.
   */
  constructor() {
    const ret = wasm.ecies_new();
    this.__wbg_ptr = ret;
    EciesFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get our [`Curve25519PublicKey`].
   *
   * This public key needs to be sent to the other side to be able to
   * establish an ECIES channel.
   * @returns {Curve25519PublicKey}
   */
  public_key() {
    const ret = wasm.ecies_public_key(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
};
if (Symbol.dispose) Ecies.prototype[Symbol.dispose] = Ecies.prototype.free;
var Ed25519PublicKey = class _Ed25519PublicKey {
  static __wrap(ptr) {
    const obj = Object.create(_Ed25519PublicKey.prototype);
    obj.__wbg_ptr = ptr;
    Ed25519PublicKeyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Ed25519PublicKeyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_ed25519publickey_free(ptr, 0);
  }
  /**
   * The number of bytes an Ed25519 public key has.
   * @returns {number}
   */
  get length() {
    const ret = wasm.ed25519publickey_length(this.__wbg_ptr);
    return ret >>> 0;
  }
  /**
   * Serialize an Ed25519 public key to an unpadded base64
   * representation.
   * @returns {string}
   */
  toBase64() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.ed25519publickey_toBase64(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) Ed25519PublicKey.prototype[Symbol.dispose] = Ed25519PublicKey.prototype.free;
var Ed25519Signature = class _Ed25519Signature {
  static __wrap(ptr) {
    const obj = Object.create(_Ed25519Signature.prototype);
    obj.__wbg_ptr = ptr;
    Ed25519SignatureFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Ed25519SignatureFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_ed25519signature_free(ptr, 0);
  }
  /**
   * Try to create an Ed25519 signature from an unpadded base64
   * representation.
   * @param {string} signature
   */
  constructor(signature) {
    const ptr0 = passStringToWasm0(signature, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.ed25519signature_new(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    Ed25519SignatureFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Serialize a Ed25519 signature to an unpadded base64
   * representation.
   * @returns {string}
   */
  toBase64() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.ed25519signature_toBase64(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) Ed25519Signature.prototype[Symbol.dispose] = Ed25519Signature.prototype.free;
var Emoji = class _Emoji {
  static __wrap(ptr) {
    const obj = Object.create(_Emoji.prototype);
    obj.__wbg_ptr = ptr;
    EmojiFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    EmojiFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_emoji_free(ptr, 0);
  }
  /**
   * The description of the emoji, for example ‘Dog’.
   * @returns {string}
   */
  get description() {
    const ret = wasm.emoji_description(this.__wbg_ptr);
    return ret;
  }
  /**
   * The emoji symbol that represents a part of the short auth
   * string, for example: 🐶
   * @returns {string}
   */
  get symbol() {
    const ret = wasm.emoji_symbol(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) Emoji.prototype[Symbol.dispose] = Emoji.prototype.free;
var EncryptedAttachment = class _EncryptedAttachment {
  static __wrap(ptr) {
    const obj = Object.create(_EncryptedAttachment.prototype);
    obj.__wbg_ptr = ptr;
    EncryptedAttachmentFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    EncryptedAttachmentFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_encryptedattachment_free(ptr, 0);
  }
  /**
   * The actual encrypted data.
   *
   * **Warning**: It returns a **copy** of the entire encrypted
   * data; be nice with your memory.
   * @returns {Uint8Array}
   */
  get encryptedData() {
    const ret = wasm.encryptedattachment_encryptedData(this.__wbg_ptr);
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
  /**
   * Check whether the media encryption info has been consumed by
   * `Attachment.decrypt` already.
   * @returns {boolean}
   */
  get hasMediaEncryptionInfoBeenConsumed() {
    const ret = wasm.encryptedattachment_hasMediaEncryptionInfoBeenConsumed(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Return the media encryption info as a JSON-encoded object. The
   * structure is fully valid.
   *
   * If the media encryption info have been consumed already, it
   * will return `null`.
   * @returns {string | undefined}
   */
  get mediaEncryptionInfo() {
    const ret = wasm.encryptedattachment_mediaEncryptionInfo(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Create a new encrypted attachment manually.
   *
   * It needs encrypted data, stored in an `Uint8Array`, and a
   * [media encryption
   * information](https://docs.rs/matrix-sdk-crypto/latest/matrix_sdk_crypto/struct.MediaEncryptionInfo.html),
   * as a JSON-encoded object.
   *
   * The media encryption information aren't stored as a string:
   * they are parsed, validated and fully deserialized.
   *
   * See [the specification to learn
   * more](https://spec.matrix.org/unstable/client-server-api/#extensions-to-mroommessage-msgtypes).
   * @param {Uint8Array} encrypted_data
   * @param {string} media_encryption_info
   */
  constructor(encrypted_data, media_encryption_info) {
    const ptr0 = passArray8ToWasm0(encrypted_data, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(media_encryption_info, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ret = wasm.encryptedattachment_new(ptr0, len0, ptr1, len1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    EncryptedAttachmentFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
};
if (Symbol.dispose) EncryptedAttachment.prototype[Symbol.dispose] = EncryptedAttachment.prototype.free;
var EncryptionAlgorithm = Object.freeze({
  /**
   * Olm version 1 using Curve25519, AES-256, and SHA-256.
   */
  OlmV1Curve25519AesSha2: 0,
  "0": "OlmV1Curve25519AesSha2",
  /**
   * Megolm version 1 using AES-256 and SHA-256.
   */
  MegolmV1AesSha2: 1,
  "1": "MegolmV1AesSha2",
  /**
   * Unsupported algorithm.
   *
   * Applications should ignore this value if it is received, and should
   * never set it.
   */
  Unknown: 2,
  "2": "Unknown"
});
var EncryptionInfo = class _EncryptionInfo {
  static __wrap(ptr) {
    const obj = Object.create(_EncryptionInfo.prototype);
    obj.__wbg_ptr = ptr;
    EncryptionInfoFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    EncryptionInfoFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_encryptioninfo_free(ptr, 0);
  }
  /**
   * The verification state of the device that sent us the event.
   * Note this is the state of the device at the time of
   * decryption. It may change in the future if a device gets
   * verified or deleted.
   *
   * # Arguments
   *
   * * `strict` - whether to enable "strict mode" verification. In non-strict
   *   mode, unverified users are given no shield, and keys that have been
   *   forwarded or restored from an insecure backup are given a grey shield
   *   (both get a red shield in strict mode).
   * @param {boolean} strict
   * @returns {ShieldState}
   */
  shieldState(strict) {
    const ret = wasm.encryptioninfo_shieldState(this.__wbg_ptr, strict);
    return ShieldState.__wrap(ret);
  }
  /**
   * The device ID of the user who sent us the keys with which we decrypted
   * this event as part of an MSC4268 key bundle, if present. Only applicable
   * for room events.
   * @returns {DeviceId | undefined}
   */
  get forwarderDevice() {
    const ret = wasm.__wbg_get_encryptioninfo_forwarderDevice(this.__wbg_ptr);
    return ret === 0 ? void 0 : DeviceId.__wrap(ret);
  }
  /**
   * The ID of the user who sent us the keys with which we decrypted this
   * event as part of an MSC4268 key bundle, if present. Only applicable for
   * room events.
   * @returns {UserId | undefined}
   */
  get forwarder() {
    const ret = wasm.__wbg_get_encryptioninfo_forwarder(this.__wbg_ptr);
    return ret === 0 ? void 0 : UserId.__wrap(ret);
  }
  /**
   * The signing Ed25519 key that created the megolm key that
   * was used to decrypt this session.
   * @returns {string | undefined}
   */
  get senderClaimedEd25519Key() {
    const ret = wasm.__wbg_get_encryptioninfo_senderClaimedEd25519Key(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * The base64-encoded public Curve25519 key of the device that created the
   * megolm decryption key originally.
   * @returns {string}
   */
  get senderCurve25519Key() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_encryptioninfo_senderCurve25519Key(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The device ID of the device that sent us the event.
   *
   * Note this is untrusted data unless {@link shieldState} shows that the
   * sender is verified.
   * @returns {DeviceId | undefined}
   */
  get senderDevice() {
    const ret = wasm.__wbg_get_encryptioninfo_senderDevice(this.__wbg_ptr);
    return ret === 0 ? void 0 : DeviceId.__wrap(ret);
  }
  /**
   * The user ID of the sender of the event.
   *
   * Note this is untrusted data unless {@link shieldState} shows that the
   * sender is verified.
   * @returns {UserId}
   */
  get sender() {
    const ret = wasm.__wbg_get_encryptioninfo_sender(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * The device ID of the user who sent us the keys with which we decrypted
   * this event as part of an MSC4268 key bundle, if present. Only applicable
   * for room events.
   * @param {DeviceId | null} [arg0]
   */
  set forwarderDevice(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, DeviceId);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_encryptioninfo_forwarderDevice(this.__wbg_ptr, ptr0);
  }
  /**
   * The ID of the user who sent us the keys with which we decrypted this
   * event as part of an MSC4268 key bundle, if present. Only applicable for
   * room events.
   * @param {UserId | null} [arg0]
   */
  set forwarder(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, UserId);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_encryptioninfo_forwarder(this.__wbg_ptr, ptr0);
  }
  /**
   * The signing Ed25519 key that created the megolm key that
   * was used to decrypt this session.
   * @param {string | null} [arg0]
   */
  set senderClaimedEd25519Key(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_encryptioninfo_senderClaimedEd25519Key(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The base64-encoded public Curve25519 key of the device that created the
   * megolm decryption key originally.
   * @param {string} arg0
   */
  set senderCurve25519Key(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_encryptioninfo_senderCurve25519Key(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The device ID of the device that sent us the event.
   *
   * Note this is untrusted data unless {@link shieldState} shows that the
   * sender is verified.
   * @param {DeviceId | null} [arg0]
   */
  set senderDevice(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, DeviceId);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_encryptioninfo_senderDevice(this.__wbg_ptr, ptr0);
  }
  /**
   * The user ID of the sender of the event.
   *
   * Note this is untrusted data unless {@link shieldState} shows that the
   * sender is verified.
   * @param {UserId} arg0
   */
  set sender(arg0) {
    _assertClass(arg0, UserId);
    var ptr0 = arg0.__destroy_into_raw();
    wasm.__wbg_set_encryptioninfo_sender(this.__wbg_ptr, ptr0);
  }
};
if (Symbol.dispose) EncryptionInfo.prototype[Symbol.dispose] = EncryptionInfo.prototype.free;
var EncryptionSettings = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    EncryptionSettingsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_encryptionsettings_free(ptr, 0);
  }
  /**
   * Create a new `EncryptionSettings` with default values.
   */
  constructor() {
    const ret = wasm.encryptionsettings_new();
    this.__wbg_ptr = ret;
    EncryptionSettingsFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * The encryption algorithm that should be used in the room.
   * @returns {EncryptionAlgorithm}
   */
  get algorithm() {
    const ret = wasm.__wbg_get_encryptionsettings_algorithm(this.__wbg_ptr);
    return ret;
  }
  /**
   * Whether state event encryption is enabled.
   * @returns {boolean}
   */
  get encryptStateEvents() {
    const ret = wasm.__wbg_get_encryptionsettings_encryptStateEvents(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * The history visibility of the room when the session was
   * created.
   * @returns {HistoryVisibility}
   */
  get historyVisibility() {
    const ret = wasm.__wbg_get_encryptionsettings_historyVisibility(this.__wbg_ptr);
    return ret;
  }
  /**
   * How many messages should be sent before changing the session.
   * @returns {bigint}
   */
  get rotationPeriodMessages() {
    const ret = wasm.__wbg_get_encryptionsettings_rotationPeriodMessages(this.__wbg_ptr);
    return BigInt.asUintN(64, ret);
  }
  /**
   * How long the session should be used before changing it,
   * expressed in microseconds.
   * @returns {bigint}
   */
  get rotationPeriod() {
    const ret = wasm.__wbg_get_encryptionsettings_rotationPeriod(this.__wbg_ptr);
    return BigInt.asUintN(64, ret);
  }
  /**
   * Should untrusted devices receive the room key, or should they be
   * excluded from the conversation.
   * @returns {CollectStrategy}
   */
  get sharingStrategy() {
    const ret = wasm.__wbg_get_encryptionsettings_sharingStrategy(this.__wbg_ptr);
    return CollectStrategy.__wrap(ret);
  }
  /**
   * The encryption algorithm that should be used in the room.
   * @param {EncryptionAlgorithm} arg0
   */
  set algorithm(arg0) {
    wasm.__wbg_set_encryptionsettings_algorithm(this.__wbg_ptr, arg0);
  }
  /**
   * Whether state event encryption is enabled.
   * @param {boolean} arg0
   */
  set encryptStateEvents(arg0) {
    wasm.__wbg_set_encryptionsettings_encryptStateEvents(this.__wbg_ptr, arg0);
  }
  /**
   * The history visibility of the room when the session was
   * created.
   * @param {HistoryVisibility} arg0
   */
  set historyVisibility(arg0) {
    wasm.__wbg_set_encryptionsettings_historyVisibility(this.__wbg_ptr, arg0);
  }
  /**
   * How many messages should be sent before changing the session.
   * @param {bigint} arg0
   */
  set rotationPeriodMessages(arg0) {
    wasm.__wbg_set_encryptionsettings_rotationPeriodMessages(this.__wbg_ptr, arg0);
  }
  /**
   * How long the session should be used before changing it,
   * expressed in microseconds.
   * @param {bigint} arg0
   */
  set rotationPeriod(arg0) {
    wasm.__wbg_set_encryptionsettings_rotationPeriod(this.__wbg_ptr, arg0);
  }
  /**
   * Should untrusted devices receive the room key, or should they be
   * excluded from the conversation.
   * @param {CollectStrategy} arg0
   */
  set sharingStrategy(arg0) {
    _assertClass(arg0, CollectStrategy);
    var ptr0 = arg0.__destroy_into_raw();
    wasm.__wbg_set_encryptionsettings_sharingStrategy(this.__wbg_ptr, ptr0);
  }
};
if (Symbol.dispose) EncryptionSettings.prototype[Symbol.dispose] = EncryptionSettings.prototype.free;
var EstablishedEcies = class _EstablishedEcies {
  static __wrap(ptr) {
    const obj = Object.create(_EstablishedEcies.prototype);
    obj.__wbg_ptr = ptr;
    EstablishedEciesFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    EstablishedEciesFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_establishedecies_free(ptr, 0);
  }
  /**
   * Get the [`CheckCode`] which uniquely identifies this
   * [`EstablishedEcies`] session.
   *
   * This check code can be used to verify and confirm that both sides of the
   * session are indeed using the same shared secret.
   * @returns {CheckCode}
   */
  check_code() {
    const ret = wasm.establishedecies_check_code(this.__wbg_ptr);
    return CheckCode.__wrap(ret);
  }
  /**
   * Decrypt the given message using this [`EstablishedEcies`] session.
   * @param {string} message
   * @returns {string}
   */
  decrypt(message) {
    let deferred3_0;
    let deferred3_1;
    try {
      const ptr0 = passStringToWasm0(message, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      const ret = wasm.establishedecies_decrypt(this.__wbg_ptr, ptr0, len0);
      var ptr2 = ret[0];
      var len2 = ret[1];
      if (ret[3]) {
        ptr2 = 0;
        len2 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred3_0 = ptr2;
      deferred3_1 = len2;
      return getStringFromWasm0(ptr2, len2);
    } finally {
      wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
    }
  }
  /**
   * Encrypt the given plaintext using this [`EstablishedEcies`] session.
   * @param {string} message
   * @returns {string}
   */
  encrypt(message) {
    let deferred2_0;
    let deferred2_1;
    try {
      const ptr0 = passStringToWasm0(message, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      const ret = wasm.establishedecies_encrypt(this.__wbg_ptr, ptr0, len0);
      deferred2_0 = ret[0];
      deferred2_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  /**
   * Get our [`Curve25519PublicKey`].
   *
   * This public key needs to be sent to the other side so that it can
   * complete the ECIES channel establishment.
   * @returns {Curve25519PublicKey}
   */
  public_key() {
    const ret = wasm.establishedecies_public_key(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
};
if (Symbol.dispose) EstablishedEcies.prototype[Symbol.dispose] = EstablishedEcies.prototype.free;
var EventId = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    EventIdFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_eventid_free(ptr, 0);
  }
  /**
   * Returns the event's localpart.
   * @returns {string}
   */
  get localpart() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.eventid_localpart(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Parse/validate and create a new `EventId`.
   * @param {string} id
   */
  constructor(id) {
    const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.eventid_new(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    EventIdFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Returns the server name of the event ID.
   * @returns {ServerName | undefined}
   */
  get serverName() {
    const ret = wasm.eventid_serverName(this.__wbg_ptr);
    return ret === 0 ? void 0 : ServerName.__wrap(ret);
  }
  /**
   * Return the event ID as a string.
   * @returns {string}
   */
  toString() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.eventid_toString(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) EventId.prototype[Symbol.dispose] = EventId.prototype.free;
var HistoryVisibility2 = Object.freeze({
  /**
   * Previous events are accessible to newly joined members from
   * the point they were invited onwards.
   *
   * Events stop being accessible when the member's state changes
   * to something other than *invite* or *join*.
   */
  Invited: 0,
  "0": "Invited",
  /**
   * Previous events are accessible to newly joined members from
   * the point they joined the room onwards.
   *
   * Events stop being accessible when the member's state changes
   * to something other than *join*.
   */
  Joined: 1,
  "1": "Joined",
  /**
   * Previous events are always accessible to newly joined members.
   *
   * All events in the room are accessible, even those sent when
   * the member was not a part of the room.
   */
  Shared: 2,
  "2": "Shared",
  /**
   * All events while this is the `HistoryVisibility` value may be
   * shared by any participating homeserver with anyone, regardless
   * of whether they have ever joined the room.
   */
  WorldReadable: 3,
  "3": "WorldReadable"
});
var IdentityKeys = class _IdentityKeys {
  static __wrap(ptr) {
    const obj = Object.create(_IdentityKeys.prototype);
    obj.__wbg_ptr = ptr;
    IdentityKeysFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    IdentityKeysFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_identitykeys_free(ptr, 0);
  }
  /**
   * The Curve25519 public key, used for establish shared secrets.
   * @returns {Curve25519PublicKey}
   */
  get curve25519() {
    const ret = wasm.__wbg_get_identitykeys_curve25519(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
  /**
   * The Ed25519 public key, used for signing.
   * @returns {Ed25519PublicKey}
   */
  get ed25519() {
    const ret = wasm.__wbg_get_identitykeys_ed25519(this.__wbg_ptr);
    return Ed25519PublicKey.__wrap(ret);
  }
  /**
   * The Curve25519 public key, used for establish shared secrets.
   * @param {Curve25519PublicKey} arg0
   */
  set curve25519(arg0) {
    _assertClass(arg0, Curve25519PublicKey);
    var ptr0 = arg0.__destroy_into_raw();
    wasm.__wbg_set_identitykeys_curve25519(this.__wbg_ptr, ptr0);
  }
  /**
   * The Ed25519 public key, used for signing.
   * @param {Ed25519PublicKey} arg0
   */
  set ed25519(arg0) {
    _assertClass(arg0, Ed25519PublicKey);
    var ptr0 = arg0.__destroy_into_raw();
    wasm.__wbg_set_identitykeys_ed25519(this.__wbg_ptr, ptr0);
  }
};
if (Symbol.dispose) IdentityKeys.prototype[Symbol.dispose] = IdentityKeys.prototype.free;
var InboundCreationResult = class _InboundCreationResult {
  static __wrap(ptr) {
    const obj = Object.create(_InboundCreationResult.prototype);
    obj.__wbg_ptr = ptr;
    InboundCreationResultFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    InboundCreationResultFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_inboundcreationresult_free(ptr, 0);
  }
  /**
   * The established ECIES channel.
   * @returns {EstablishedEcies}
   */
  get channel() {
    const ret = wasm.__wbg_get_inboundcreationresult_channel(this.__wbg_ptr);
    return EstablishedEcies.__wrap(ret);
  }
  /**
   * The plaintext of the initial message.
   * @returns {string}
   */
  get message() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_inboundcreationresult_message(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The established ECIES channel.
   * @param {EstablishedEcies} arg0
   */
  set channel(arg0) {
    _assertClass(arg0, EstablishedEcies);
    var ptr0 = arg0.__destroy_into_raw();
    wasm.__wbg_set_inboundcreationresult_channel(this.__wbg_ptr, ptr0);
  }
  /**
   * The plaintext of the initial message.
   * @param {string} arg0
   */
  set message(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_inboundcreationresult_message(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) InboundCreationResult.prototype[Symbol.dispose] = InboundCreationResult.prototype.free;
var InboundGroupSession = class _InboundGroupSession {
  static __wrap(ptr) {
    const obj = Object.create(_InboundGroupSession.prototype);
    obj.__wbg_ptr = ptr;
    InboundGroupSessionFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    InboundGroupSessionFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_inboundgroupsession_free(ptr, 0);
  }
  /**
   * Has the session been imported from a file or server-side backup? As
   * opposed to being directly received as an `m.room_key` event.
   * @returns {boolean}
   */
  hasBeenImported() {
    const ret = wasm.inboundgroupsession_hasBeenImported(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * The room where this session is used in.
   * @returns {RoomId}
   */
  get roomId() {
    const ret = wasm.inboundgroupsession_roomId(this.__wbg_ptr);
    return RoomId.__wrap(ret);
  }
  /**
   * The Curve25519 key of the sender of this session, as a
   * [Curve25519PublicKey].
   * @returns {Curve25519PublicKey}
   */
  get senderKey() {
    const ret = wasm.inboundgroupsession_senderKey(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
  /**
   * Returns the unique identifier for this session.
   * @returns {string}
   */
  get sessionId() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.inboundgroupsession_sessionId(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) InboundGroupSession.prototype[Symbol.dispose] = InboundGroupSession.prototype.free;
var InvalidToDeviceEvent = class _InvalidToDeviceEvent {
  static __wrap(ptr) {
    const obj = Object.create(_InvalidToDeviceEvent.prototype);
    obj.__wbg_ptr = ptr;
    InvalidToDeviceEventFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    InvalidToDeviceEventFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_invalidtodeviceevent_free(ptr, 0);
  }
  /**
   * The original message as received from sync, encoded as JSON.
   * @returns {string}
   */
  get rawEvent() {
    const ret = wasm.__wbg_get_invalidtodeviceevent_rawEvent(this.__wbg_ptr);
    return ret;
  }
  /**
   * The type of processed to-device event. Always {@link
   * ProcessedToDeviceEventType.Invalid} for this type.
   * @returns {ProcessedToDeviceEventType}
   */
  get type() {
    const ret = wasm.invalidtodeviceevent_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) InvalidToDeviceEvent.prototype[Symbol.dispose] = InvalidToDeviceEvent.prototype.free;
var KeysBackupRequest = class _KeysBackupRequest {
  static __wrap(ptr) {
    const obj = Object.create(_KeysBackupRequest.prototype);
    obj.__wbg_ptr = ptr;
    KeysBackupRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    KeysBackupRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_keysbackuprequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the rest of the payload: `rooms`.
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_keysbackuprequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * The request ID.
   * @returns {string}
   */
  get id() {
    const ret = wasm.__wbg_get_keysbackuprequest_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * The backup version that these room keys should be part of.
   * @returns {string}
   */
  get version() {
    const ret = wasm.__wbg_get_keysbackuprequest_version(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `KeysBackupRequest`.
   * @param {string} id
   * @param {string} body
   * @param {string} version
   */
  constructor(id, body, version) {
    const ret = wasm.keysbackuprequest_new(id, body, version);
    this.__wbg_ptr = ret;
    KeysBackupRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get its request type.
   * @returns {RequestType}
   */
  get type() {
    const ret = wasm.keysbackuprequest_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) KeysBackupRequest.prototype[Symbol.dispose] = KeysBackupRequest.prototype.free;
var KeysClaimRequest = class _KeysClaimRequest {
  static __wrap(ptr) {
    const obj = Object.create(_KeysClaimRequest.prototype);
    obj.__wbg_ptr = ptr;
    KeysClaimRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    KeysClaimRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_keysclaimrequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the rest of the payload: `timeout`,
   * `one_time_keys`.
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_keysclaimrequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * The request ID.
   * @returns {string}
   */
  get id() {
    const ret = wasm.__wbg_get_keysclaimrequest_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `KeysClaimRequest`.
   * @param {string} id
   * @param {string} body
   */
  constructor(id, body) {
    const ret = wasm.keysclaimrequest_new(id, body);
    this.__wbg_ptr = ret;
    KeysClaimRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get its request type.
   * @returns {RequestType}
   */
  get type() {
    const ret = wasm.keysclaimrequest_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) KeysClaimRequest.prototype[Symbol.dispose] = KeysClaimRequest.prototype.free;
var KeysQueryRequest = class _KeysQueryRequest {
  static __wrap(ptr) {
    const obj = Object.create(_KeysQueryRequest.prototype);
    obj.__wbg_ptr = ptr;
    KeysQueryRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    KeysQueryRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_keysqueryrequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the rest of the payload: `timeout`,
   * `device_keys`, `token`.
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_keysqueryrequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * The request ID.
   * @returns {string}
   */
  get id() {
    const ret = wasm.__wbg_get_keysqueryrequest_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `KeysQueryRequest`.
   * @param {string} id
   * @param {string} body
   */
  constructor(id, body) {
    const ret = wasm.keysqueryrequest_new(id, body);
    this.__wbg_ptr = ret;
    KeysQueryRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get its request type.
   * @returns {RequestType}
   */
  get type() {
    const ret = wasm.keysqueryrequest_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) KeysQueryRequest.prototype[Symbol.dispose] = KeysQueryRequest.prototype.free;
var KeysUploadRequest = class _KeysUploadRequest {
  static __wrap(ptr) {
    const obj = Object.create(_KeysUploadRequest.prototype);
    obj.__wbg_ptr = ptr;
    KeysUploadRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    KeysUploadRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_keysuploadrequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the rest of the payload: `device_keys`,
   * `one_time_keys`, `fallback_keys`.
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_keysuploadrequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * The request ID.
   * @returns {string}
   */
  get id() {
    const ret = wasm.__wbg_get_keysuploadrequest_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `KeysUploadRequest`.
   * @param {string} id
   * @param {string} body
   */
  constructor(id, body) {
    const ret = wasm.keysuploadrequest_new(id, body);
    this.__wbg_ptr = ret;
    KeysUploadRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get its request type.
   * @returns {RequestType}
   */
  get type() {
    const ret = wasm.keysuploadrequest_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) KeysUploadRequest.prototype[Symbol.dispose] = KeysUploadRequest.prototype.free;
var LocalTrust = Object.freeze({
  /**
   * The device has been verified and is trusted.
   */
  Verified: 0,
  "0": "Verified",
  /**
   * The device been blacklisted from communicating.
   */
  BlackListed: 1,
  "1": "BlackListed",
  /**
   * The trust state of the device is being ignored.
   */
  Ignored: 2,
  "2": "Ignored",
  /**
   * The trust state is unset.
   */
  Unset: 3,
  "3": "Unset"
});
var LoggerLevel = Object.freeze({
  /**
   * `TRACE` level.
   *
   * Designate very low priority, often extremely verbose,
   * information.
   */
  Trace: 0,
  "0": "Trace",
  /**
   * `DEBUG` level.
   *
   * Designate lower priority information.
   */
  Debug: 1,
  "1": "Debug",
  /**
   * `INFO` level.
   *
   * Designate useful information.
   */
  Info: 2,
  "2": "Info",
  /**
   * `WARN` level.
   *
   * Designate hazardous situations.
   */
  Warn: 3,
  "3": "Warn",
  /**
   * `ERROR` level.
   *
   * Designate very serious errors.
   */
  Error: 4,
  "4": "Error"
});
var MaybeSignature = class _MaybeSignature {
  static __wrap(ptr) {
    const obj = Object.create(_MaybeSignature.prototype);
    obj.__wbg_ptr = ptr;
    MaybeSignatureFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    MaybeSignatureFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_maybesignature_free(ptr, 0);
  }
  /**
   * The base64 encoded string that is claimed to contain a
   * signature but could not be decoded, if any.
   * @returns {string | undefined}
   */
  get invalidSignatureSource() {
    const ret = wasm.maybesignature_invalidSignatureSource(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Check whether the signature could not be successfully decoded.
   * @returns {boolean}
   */
  isInvalid() {
    const ret = wasm.maybesignature_isInvalid(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Check whether the signature has been successfully decoded.
   * @returns {boolean}
   */
  isValid() {
    const ret = wasm.maybesignature_isValid(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * The signature, if successfully decoded.
   * @returns {Signature | undefined}
   */
  get signature() {
    const ret = wasm.maybesignature_signature(this.__wbg_ptr);
    return ret === 0 ? void 0 : Signature.__wrap(ret);
  }
};
if (Symbol.dispose) MaybeSignature.prototype[Symbol.dispose] = MaybeSignature.prototype.free;
var MegolmDecryptionError = class _MegolmDecryptionError {
  static __wrap(ptr) {
    const obj = Object.create(_MegolmDecryptionError.prototype);
    obj.__wbg_ptr = ptr;
    MegolmDecryptionErrorFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    MegolmDecryptionErrorFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_megolmdecryptionerror_free(ptr, 0);
  }
  /**
   * Description code for the error. See `DecryptionErrorCode`
   * @returns {DecryptionErrorCode}
   */
  get code() {
    const ret = wasm.__wbg_get_megolmdecryptionerror_code(this.__wbg_ptr);
    return ret;
  }
  /**
   * detailed description
   * @returns {string}
   */
  get description() {
    const ret = wasm.__wbg_get_megolmdecryptionerror_description(this.__wbg_ptr);
    return ret;
  }
  /**
   * Textual description of the withheld code, if any.
   *
   * Example: "The sender has disabled encrypting to unverified devices."
   *
   * `undefined` if we have not received a withheld code for the megolm
   * session.
   * @returns {string | undefined}
   */
  get maybe_withheld() {
    const ret = wasm.megolmdecryptionerror_maybe_withheld(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Creates generic error with description
   * @param {string} desc
   * @returns {MegolmDecryptionError}
   */
  static unable_to_decrypt(desc) {
    const ptr0 = passStringToWasm0(desc, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.megolmdecryptionerror_unable_to_decrypt(ptr0, len0);
    return _MegolmDecryptionError.__wrap(ret);
  }
  /**
   * The withheld code, if any.
   *
   * Example: "m.unverified"
   *
   * `undefined` if we have not received a withheld code for the megolm
   * session.
   * @returns {string | undefined}
   */
  get withheldCode() {
    const ret = wasm.megolmdecryptionerror_withheldCode(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
};
if (Symbol.dispose) MegolmDecryptionError.prototype[Symbol.dispose] = MegolmDecryptionError.prototype.free;
var MegolmV1BackupKey = class _MegolmV1BackupKey {
  static __wrap(ptr) {
    const obj = Object.create(_MegolmV1BackupKey.prototype);
    obj.__wbg_ptr = ptr;
    MegolmV1BackupKeyFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    MegolmV1BackupKeyFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_megolmv1backupkey_free(ptr, 0);
  }
  /**
   * Get the full name of the backup algorithm this backup key supports.
   * @returns {string}
   */
  get algorithm() {
    const ret = wasm.megolmv1backupkey_algorithm(this.__wbg_ptr);
    return ret;
  }
  /**
   * The actual base64 encoded public key.
   * @returns {string}
   */
  get publicKeyBase64() {
    const ret = wasm.megolmv1backupkey_publicKeyBase64(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) MegolmV1BackupKey.prototype[Symbol.dispose] = MegolmV1BackupKey.prototype.free;
var Migration = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    MigrationFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_migration_free(ptr, 0);
  }
  /**
   * Import the base dataset from a libolm-based setup to a vodozemac-based
   * setup stored in IndexedDB.
   *
   * Populates the user credentials, Olm account, backup data, etc. This is
   * the first step in the migration process. Once this base data is
   * imported, further data can be imported with {@link
   * migrateOlmSessions}, {@link migrateMegolmSessions}, and TODO room
   * settings.
   *
   * # Arguments
   *
   * * `data` - The data to be migrated
   * * `pickle_key` - The libolm pickle key that was used to pickle the olm
   *   account objects.
   * * `store_handle` - A connection to the CryptoStore which will be used to
   *   store the vodozemac data.
   * * `logger` - An optional logger instance to use for writing log messages
   *   during the migration operation. An instance of `JsLogger`.
   * @param {BaseMigrationData} data
   * @param {Uint8Array} pickle_key
   * @param {StoreHandle} store_handle
   * @param {JsLogger} [logger]
   * @returns {Promise<void>}
   */
  static migrateBaseData(data, pickle_key, store_handle, logger) {
    _assertClass(data, BaseMigrationData);
    _assertClass(store_handle, StoreHandle);
    const ret = wasm.migration_migrateBaseData(data.__wbg_ptr, pickle_key, store_handle.__wbg_ptr, isLikeNone(logger) ? 0 : addToExternrefTable0(logger));
    return ret;
  }
  /**
   * Migrate Megolm sessions of a libolm-based setup to a vodozemac-based
   * setup stored in an indexedDB crypto store.
   *
   * Before this method can be used, {@link migrateBaseData} must be used to
   * import the base data into the crypto store.
   *
   * This method should be called a number of times, with separate batches of
   * `sessions`. If a progress display is given, it can be updated after
   * each batch is successfully imported.
   *
   * # Arguments
   *
   * * `sessions` - An `Array` of {@link PickledInboundGroupSession}s to
   *   import. Items inside `sessions` will be invalidated by this method.
   * * `pickle_key` - The libolm pickle key that was used to pickle the
   *   megolm session objects.
   * * `store_handle` - A connection to the CryptoStore which will be used to
   *   store the vodozemac data.
   * * `logger` - An optional logger instance to use for writing log messages
   *   during the migration operation. An instance of `JsLogger`.
   * @param {PickledInboundGroupSession[]} sessions
   * @param {Uint8Array} pickle_key
   * @param {StoreHandle} store_handle
   * @param {JsLogger} [logger]
   * @returns {Promise<void>}
   */
  static migrateMegolmSessions(sessions, pickle_key, store_handle, logger) {
    const ptr0 = passArrayJsValueToWasm0(sessions, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(store_handle, StoreHandle);
    const ret = wasm.migration_migrateMegolmSessions(ptr0, len0, pickle_key, store_handle.__wbg_ptr, isLikeNone(logger) ? 0 : addToExternrefTable0(logger));
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Migrate Olm sessions of a libolm-based setup to a vodozemac-based setup
   * stored in an indexedDB crypto store.
   *
   * Before this method can be used, {@link migrateBaseData} must be used to
   * import the base data into the crypto store.
   *
   * This method should be called a number of times, with separate batches of
   * `sessions`. If a progress display is given, it can be updated after
   * each batch is successfully imported.
   *
   * # Arguments
   *
   * * `sessions` - An `Array` of {@link PickledSession}s to import. Items
   *   inside `sessions` will be invalidated by this method.
   * * `pickle_key` - The libolm pickle key that was used to pickle the olm
   *   session objects.
   * * `store_handle` - A connection to the CryptoStore which will be used to
   *   store the vodozemac data.
   * * `logger` - An optional logger instance to use for writing log messages
   *   during the migration operation. An instance of `JsLogger`.
   * @param {PickledSession[]} sessions
   * @param {Uint8Array} pickle_key
   * @param {StoreHandle} store_handle
   * @param {JsLogger} [logger]
   * @returns {Promise<void>}
   */
  static migrateOlmSessions(sessions, pickle_key, store_handle, logger) {
    const ptr0 = passArrayJsValueToWasm0(sessions, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(store_handle, StoreHandle);
    const ret = wasm.migration_migrateOlmSessions(ptr0, len0, pickle_key, store_handle.__wbg_ptr, isLikeNone(logger) ? 0 : addToExternrefTable0(logger));
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
};
if (Symbol.dispose) Migration.prototype[Symbol.dispose] = Migration.prototype.free;
var Msc4108IntentData = class _Msc4108IntentData {
  static __wrap(ptr) {
    const obj = Object.create(_Msc4108IntentData.prototype);
    obj.__wbg_ptr = ptr;
    Msc4108IntentDataFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Msc4108IntentDataFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_msc4108intentdata_free(ptr, 0);
  }
  /**
   * Get the URL of the rendezvous server which will be used to exchange
   * messages between the two devices.
   * @returns {string}
   */
  get rendezvousUrl() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_msc4108intentdata_rendezvousUrl(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Get the server name of the homeserver which the new device will be
   * logged in to.
   *
   * This will be only available if the existing device has generated the QR
   * code and the new device is the one scanning the QR code.
   * @returns {string | undefined}
   */
  get serverName() {
    const ret = wasm.__wbg_get_msc4108intentdata_serverName(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Get the URL of the rendezvous server which will be used to exchange
   * messages between the two devices.
   * @param {string} arg0
   */
  set rendezvousUrl(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_msc4108intentdata_rendezvousUrl(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * Get the server name of the homeserver which the new device will be
   * logged in to.
   *
   * This will be only available if the existing device has generated the QR
   * code and the new device is the one scanning the QR code.
   * @param {string | null} [arg0]
   */
  set serverName(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_msc4108intentdata_serverName(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) Msc4108IntentData.prototype[Symbol.dispose] = Msc4108IntentData.prototype.free;
var Msc4388IntentData = class _Msc4388IntentData {
  static __wrap(ptr) {
    const obj = Object.create(_Msc4388IntentData.prototype);
    obj.__wbg_ptr = ptr;
    Msc4388IntentDataFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Msc4388IntentDataFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_msc4388intentdata_free(ptr, 0);
  }
  /**
   * The base URL of the homeserver that the device generating the QR is
   * using.
   * @returns {string}
   */
  get baseUrl() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_msc4388intentdata_baseUrl(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The ID of the rendezvous session, can be used to exchange messages with
   * the other device.
   * @returns {string}
   */
  get rendezvousId() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_msc4388intentdata_rendezvousId(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The base URL of the homeserver that the device generating the QR is
   * using.
   * @param {string} arg0
   */
  set baseUrl(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_msc4388intentdata_baseUrl(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The ID of the rendezvous session, can be used to exchange messages with
   * the other device.
   * @param {string} arg0
   */
  set rendezvousId(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_msc4388intentdata_rendezvousId(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) Msc4388IntentData.prototype[Symbol.dispose] = Msc4388IntentData.prototype.free;
var OlmMachine = class _OlmMachine {
  static __wrap(ptr) {
    const obj = Object.create(_OlmMachine.prototype);
    obj.__wbg_ptr = ptr;
    OlmMachineFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    OlmMachineFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_olmmachine_free(ptr, 0);
  }
  /**
   * Encrypt a batch of room keys and return a request that needs to be sent
   * out to backup the room keys.
   *
   * Returns an optional {@link KeysBackupRequest}.
   * @returns {Promise<KeysBackupRequest | undefined>}
   */
  backupRoomKeys() {
    const ret = wasm.olmmachine_backupRoomKeys(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new cross signing identity and get the upload request
   * to push the new public keys to the server.
   *
   * Warning: This will delete any existing cross signing keys that
   * might exist on the server and thus will reset the trust
   * between all the devices.
   *
   * Uploading these keys will require user interactive auth.
   *
   * # Arguments
   *
   * * `reset`, whether the method should create a new identity or use the
   *   existing one during the request. If set to true, the request will
   *   attempt to upload a new identity. If set to false, the request will
   *   attempt to upload the existing identity. Since the uploading process
   *   requires user interactive authentication, which involves sending out
   *   the same request multiple times, setting this argument to false
   *   enables you to reuse the same request.
   *
   * Returns a {@link CrossSigningBootstrapRequests}.
   * @param {boolean} reset
   * @returns {Promise<CrossSigningBootstrapRequests>}
   */
  bootstrapCrossSigning(reset) {
    const ret = wasm.olmmachine_bootstrapCrossSigning(this.__wbg_ptr, reset);
    return ret;
  }
  /**
   * Assemble, and encrypt, a room key bundle for sharing encrypted history,
   * as per {@link https://github.com/matrix-org/matrix-spec-proposals/pull/4268|MSC4268}.
   *
   * Returns `undefined` if there are no keys to share in the given room,
   * otherwise an {@link EncryptedAttachment}.
   *
   * The data should be uploaded to the media server, and the details then
   * passed to {@link shareRoomKeyBundleData}.
   *
   * @experimental
   * @param {RoomId} room_id
   * @returns {Promise<EncryptedAttachment | undefined>}
   */
  buildRoomKeyBundle(room_id) {
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_buildRoomKeyBundle(this.__wbg_ptr, room_id.__wbg_ptr);
    return ret;
  }
  /**
   * Store the fact that we are no longer waiting for a key bundle in the
   * given room.
   *
   * The counterpart to {@link storeRoomPendingKeyBundle}. Should be called
   * when, for example, we leave a room, or have successfully imported a
   * bundle.
   *
   * @experimental
   * @param {RoomId} room_id
   * @returns {Promise<void>}
   */
  clearRoomPendingKeyBundle(room_id) {
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_clearRoomPendingKeyBundle(this.__wbg_ptr, room_id.__wbg_ptr);
    return ret;
  }
  /**
   * Shut down the `OlmMachine`.
   *
   * The `OlmMachine` cannot be used after this method has been called.
   *
   * All associated resources will be closed too, like IndexedDB
   * connections.
   */
  close() {
    const ptr = this.__destroy_into_raw();
    wasm.olmmachine_close(ptr);
  }
  /**
   * Get the status of the private cross signing keys.
   *
   * This can be used to check which private cross signing keys we
   * have stored locally.
   * @returns {Promise<CrossSigningStatus>}
   */
  crossSigningStatus() {
    const ret = wasm.olmmachine_crossSigningStatus(this.__wbg_ptr);
    return ret;
  }
  /**
   * Try to decrypt a reader into a list of exported room keys.
   *
   * `encrypted_exported_room_keys` is the result from
   * `encrypt_exported_room_keys`. `passphrase` is the passphrase that was
   * used when calling `encrypt_exported_room_keys`.
   * @param {string} encrypted_exported_room_keys
   * @param {string} passphrase
   * @returns {string}
   */
  static decryptExportedRoomKeys(encrypted_exported_room_keys, passphrase) {
    let deferred4_0;
    let deferred4_1;
    try {
      const ptr0 = passStringToWasm0(encrypted_exported_room_keys, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      const ptr1 = passStringToWasm0(passphrase, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len1 = WASM_VECTOR_LEN;
      const ret = wasm.olmmachine_decryptExportedRoomKeys(ptr0, len0, ptr1, len1);
      var ptr3 = ret[0];
      var len3 = ret[1];
      if (ret[3]) {
        ptr3 = 0;
        len3 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred4_0 = ptr3;
      deferred4_1 = len3;
      return getStringFromWasm0(ptr3, len3);
    } finally {
      wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
    }
  }
  /**
   * Decrypt an event from a room timeline.
   *
   * # Arguments
   *
   * * `event`, the event that should be decrypted.
   * * `room_id`, the ID of the room where the event was sent to.
   *
   * # Returns
   *
   * A `Promise` which resolves to a {@link DecryptedRoomEvent} instance, or
   * rejects with a {@link MegolmDecryptionError} instance.
   * @param {string} event
   * @param {RoomId} room_id
   * @param {DecryptionSettings} decryption_settings
   * @returns {Promise<DecryptedRoomEvent>}
   */
  decryptRoomEvent(event, room_id, decryption_settings) {
    const ptr0 = passStringToWasm0(event, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(room_id, RoomId);
    _assertClass(decryption_settings, DecryptionSettings);
    const ret = wasm.olmmachine_decryptRoomEvent(this.__wbg_ptr, ptr0, len0, room_id.__wbg_ptr, decryption_settings.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Manage dehydrated devices
   * @returns {DehydratedDevices}
   */
  dehydratedDevices() {
    const ret = wasm.olmmachine_dehydratedDevices(this.__wbg_ptr);
    return DehydratedDevices.__wrap(ret);
  }
  /**
   * Delete all secrets with the given secret name from the inbox.
   *
   * Should be called after handling the secrets with
   * `get_secrets_from_inbox`.
   *
   * # Arguments
   *
   * * `secret_name` - The name of the secret to delete.
   * @param {string} secret_name
   * @returns {Promise<void>}
   */
  deleteSecretsFromInbox(secret_name) {
    const ptr0 = passStringToWasm0(secret_name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_deleteSecretsFromInbox(this.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * The time, in milliseconds since the unix epoch, at which the `Account`
   * backing this `OlmMachine` was created.
   *
   * An `Account` is created when an `OlmMachine` is first instantiated
   * against a given `Store`, at which point it creates identity keys etc.
   * This method returns the timestamp, according to the local clock, at
   * which that happened.
   * @returns {number}
   */
  get deviceCreationTimeMs() {
    const ret = wasm.olmmachine_deviceCreationTimeMs(this.__wbg_ptr);
    return ret;
  }
  /**
   * The unique device ID that identifies this `OlmMachine`.
   * @returns {DeviceId}
   */
  get deviceId() {
    const ret = wasm.olmmachine_deviceId(this.__wbg_ptr);
    return DeviceId.__wrap(ret);
  }
  /**
   * Disable and reset our backup state.
   *
   * This will remove any pending backup request, remove the backup key and
   * reset the backup state of each room key we have.
   *
   * Returns `Promise<void>`.
   * @returns {Promise<void>}
   */
  disableBackup() {
    const ret = wasm.olmmachine_disableBackup(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the display name of our own device.
   * @returns {Promise<string | undefined>}
   */
  get displayName() {
    const ret = wasm.olmmachine_displayName(this.__wbg_ptr);
    return ret;
  }
  /**
   * Activate the given backup key to be used with the given backup version.
   *
   * **Warning**: The caller needs to make sure that the given `BackupKey` is
   * trusted, otherwise we might be encrypting room keys that a malicious
   * party could decrypt.
   *
   * The {@link verifyBackup} method can be used to do so.
   *
   * Returns `Promise<void>`.
   * @param {string} public_key_base_64
   * @param {string} version
   * @returns {Promise<void>}
   */
  enableBackupV1(public_key_base_64, version) {
    const ptr0 = passStringToWasm0(public_key_base_64, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(version, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_enableBackupV1(this.__wbg_ptr, ptr0, len0, ptr1, len1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Encrypt the list of exported room keys using the given passphrase.
   *
   * `exported_room_keys` is a list of sessions that should be encrypted
   * (it's generally returned by `export_room_keys`). `passphrase` is the
   * passphrase that will be used to encrypt the exported room keys. And
   * `rounds` is the number of rounds that should be used for the key
   * derivation when the passphrase gets turned into an AES key. More rounds
   * are increasingly computationnally intensive and as such help against
   * brute-force attacks. Should be at least `10_000`, while values in the
   * `100_000` ranges should be preferred.
   * @param {string} exported_room_keys
   * @param {string} passphrase
   * @param {number} rounds
   * @returns {string}
   */
  static encryptExportedRoomKeys(exported_room_keys, passphrase, rounds) {
    let deferred4_0;
    let deferred4_1;
    try {
      const ptr0 = passStringToWasm0(exported_room_keys, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      const ptr1 = passStringToWasm0(passphrase, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len1 = WASM_VECTOR_LEN;
      const ret = wasm.olmmachine_encryptExportedRoomKeys(ptr0, len0, ptr1, len1, rounds);
      var ptr3 = ret[0];
      var len3 = ret[1];
      if (ret[3]) {
        ptr3 = 0;
        len3 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred4_0 = ptr3;
      deferred4_1 = len3;
      return getStringFromWasm0(ptr3, len3);
    } finally {
      wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
    }
  }
  /**
   * Encrypt a room message for the given room.
   *
   * **Note**: A room key needs to be shared with the group of users that are
   * members in the given room. If this is not done this method will panic.
   *
   * The usual flow to encrypt an event using this state machine is as
   * follows:
   *
   * 1. Get the one-time key claim request to establish 1:1 Olm sessions for
   *    the room members of the room we wish to participate in. This is done
   *    using the [`get_missing_sessions()`](Self::get_missing_sessions)
   *    method. This method call should be locked per call.
   *
   * 2. Share a room key with all the room members using the
   *    [`share_room_key()`](Self::share_room_key). This method call should
   *    be locked per room.
   *
   * 3. Encrypt the event using this method.
   *
   * 4. Send the encrypted event to the server.
   *
   * After the room key is shared steps 1 and 2 will become noops, unless
   * there's some changes in the room membership or in the list of devices a
   * member has.
   *
   *
   * `room_id` is the ID of the room for which the message should
   * be encrypted. `event_type` is the type of the event. `content`
   * is the plaintext content of the message that should be
   * encrypted.
   *
   * # Panics
   *
   * Panics if a group session for the given room wasn't shared
   * beforehand.
   * @param {RoomId} room_id
   * @param {string} event_type
   * @param {string} content
   * @returns {Promise<string>}
   */
  encryptRoomEvent(room_id, event_type, content) {
    _assertClass(room_id, RoomId);
    const ptr0 = passStringToWasm0(event_type, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(content, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_encryptRoomEvent(this.__wbg_ptr, room_id.__wbg_ptr, ptr0, len0, ptr1, len1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Encrypt a state event for the given room.
   *
   * This method encrypts a state event for the specified room, using the
   * current group session. The event will be encrypted so that only
   * authorized room members can decrypt it.
   *
   * **Note**: A room key must have been shared with the group of users in
   * the room before calling this method. If not, this method will panic.
   *
   * The usual flow to encrypt a state event using this machine is identical
   * to that outlined for [`OlmMachine::encrypt_room_event`].
   *
   * # Arguments
   *
   * * `room_id` - The ID of the room for which the state event should be
   *   encrypted.
   * * `event_type` - The type of the state event.
   * * `state_key` - The state key for the event.
   * * `content` - The plaintext JSON content of the event to encrypt.
   *
   * # Returns
   *
   * A `Promise` resolving to a JSON string containing the encrypted event.
   *
   * # Panics
   *
   * Panics if a group session for the given room was not previously shared.
   * @param {RoomId} room_id
   * @param {string} event_type
   * @param {string} state_key
   * @param {string} content
   * @returns {Promise<string>}
   */
  encryptStateEvent(room_id, event_type, state_key, content) {
    _assertClass(room_id, RoomId);
    const ptr0 = passStringToWasm0(event_type, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(state_key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(content, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len2 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_encryptStateEvent(this.__wbg_ptr, room_id.__wbg_ptr, ptr0, len0, ptr1, len1, ptr2, len2);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Export all the private cross signing keys we have.
   *
   * The export will contain the seeds for the ed25519 keys as
   * unpadded base64 encoded strings.
   *
   * Returns `undefined` if we don’t have any private cross signing keys;
   * otherwise returns a `CrossSigningKeyExport`.
   * @returns {Promise<CrossSigningKeyExport | undefined>}
   */
  exportCrossSigningKeys() {
    const ret = wasm.olmmachine_exportCrossSigningKeys(this.__wbg_ptr);
    return ret;
  }
  /**
   * Export the keys that match the given predicate.
   *
   * `predicate` is a closure that will be called for every known
   * `InboundGroupSession`, which represents a room key. If the closure
   * returns `true`, the `InboundGroupSession` will be included in the
   * export; otherwise it won't.
   *
   * Returns a Promise containing a Result containing a String which is a
   * JSON-encoded array of ExportedRoomKey objects.
   * @param {(session: InboundGroupSession) => boolean} predicate
   * @returns {Promise<string>}
   */
  exportRoomKeys(predicate) {
    const ret = wasm.olmmachine_exportRoomKeys(this.__wbg_ptr, predicate);
    return ret;
  }
  /**
   * Export all the secrets we have in the store into a {@link
   * SecretsBundle}.
   *
   * This method will export all the private cross-signing keys and, if
   * available, the private part of a backup key and its accompanying
   * version.
   *
   * The method will fail if we don't have all three private cross-signing
   * keys available.
   *
   * **Warning**: Only export this and share it with a trusted recipient,
   * i.e. if an existing device is sharing this with a new device.
   * @returns {Promise<SecretsBundle>}
   */
  exportSecretsBundle() {
    const ret = wasm.olmmachine_exportSecretsBundle(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get a list of all rooms where we are waiting for a key bundle.
   *
   * @see getPendingKeyBundleDetailsForRoom
   *
   * @experimental
   * @returns {Promise<Array<RoomPendingKeyBundleDetails>>}
   */
  getAllRoomsPendingKeyBundles() {
    const ret = wasm.olmmachine_getAllRoomsPendingKeyBundles(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the backup keys we have saved in our store.
   * Returns a `Promise` for {@link BackupKeys}.
   * @returns {Promise<BackupKeys>}
   */
  getBackupKeys() {
    const ret = wasm.olmmachine_getBackupKeys(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get a specific device of a user.
   *
   * ### Parameters
   *
   * * `user_id` - The unique ID of the user that the device belongs to.
   *
   * * `device_id` - The unique ID of the device.
   *
   * * `timeout_secs` - The amount of time we should wait for a `/keys/query`
   *   response before returning if the user's device list has been marked as
   *   stale. **Note**, this assumes that the requests from {@link
   *   OlmMachine.outgoingRequests} are being processed and sent out.
   *
   *   If unset, we will return immediately even if the device list is stale.
   *
   * ### Returns
   *
   * If the device is known, a {@link Device}. Otherwise, `undefined`.
   * @param {UserId} user_id
   * @param {DeviceId} device_id
   * @param {number | null} [timeout_secs]
   * @returns {Promise<Device | undefined>}
   */
  getDevice(user_id, device_id, timeout_secs) {
    _assertClass(user_id, UserId);
    _assertClass(device_id, DeviceId);
    const ret = wasm.olmmachine_getDevice(this.__wbg_ptr, user_id.__wbg_ptr, device_id.__wbg_ptr, !isLikeNone(timeout_secs), isLikeNone(timeout_secs) ? 0 : timeout_secs);
    return ret;
  }
  /**
   * Get the cross signing user identity of a user.
   *
   * Returns a promise for an {@link OwnUserIdentity}, a
   * {@link OtherUserIdentity}, or `undefined`.
   * @param {UserId} user_id
   * @returns {Promise<OwnUserIdentity | OtherUserIdentity | undefined>}
   */
  getIdentity(user_id) {
    _assertClass(user_id, UserId);
    const ret = wasm.olmmachine_getIdentity(this.__wbg_ptr, user_id.__wbg_ptr);
    return ret;
  }
  /**
   * Get the a key claiming request for the user/device pairs that
   * we are missing Olm sessions for.
   *
   * Returns `null` if no key claiming request needs to be sent
   * out, otherwise it returns a `KeysClaimRequest` object.
   *
   * Sessions need to be established between devices so group
   * sessions for a room can be shared with them.
   *
   * This should be called every time a group session needs to be
   * shared as well as between sync calls. After a sync some
   * devices may request room keys without us having a valid Olm
   * session with them, making it impossible to server the room key
   * request, thus it’s necessary to check for missing sessions
   * between sync as well.
   *
   * Note: Care should be taken that only one such request at a
   * time is in flight, e.g. using a lock.
   *
   * The response of a successful key claiming requests needs to be
   * passed to the `OlmMachine` with the `mark_request_as_sent`.
   *
   * `users` represents the list of users that we should check if
   * we lack a session with one of their devices. This can be an
   * empty iterator when calling this method between sync requests.
   *
   * Items inside `users` will be invalidated by this method. Be careful not
   * to use the `UserId`s after this method has been called.
   * @param {UserId[]} users
   * @returns {Promise<KeysClaimRequest | null>}
   */
  getMissingSessions(users) {
    const ptr0 = passArrayJsValueToWasm0(users, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_getMissingSessions(this.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * See if we have recently accepted an invitation to the given room.
   *
   * If we have accepted an invite to a room without finding an
   * {@link https://github.com/matrix-org/matrix-spec-proposals/pull/4268|MSC4268}
   * key bundle, we should accept a key bundle once one arrives.
   *
   * The data returned here is populated by the application, via {@link
   * storeRoomPendingKeyBundle}.
   *
   * @experimental
   * @param {RoomId} room_id
   * @returns {Promise<RoomPendingKeyBundleDetails | undefined>}
   */
  getPendingKeyBundleDetailsForRoom(room_id) {
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_getPendingKeyBundleDetailsForRoom(this.__wbg_ptr, room_id.__wbg_ptr);
    return ret;
  }
  /**
   * See if we have received an {@link https://github.com/matrix-org/matrix-spec-proposals/pull/4268|MSC4268}
   * room key bundle for the given room from the given user.
   *
   * Before calling this, the application must make sure that we have an
   * up-to-date copy of the inviter's cross-signing keys, so that we can
   * verify the device that sent us the key bundle data message. (For
   * now, the easiest way to do that is by calling {@link queryKeysForUsers}
   * for the inviter, and making the resultant request.)
   *
   * Returns either `undefined` if no suitable bundle has been received,
   * or an {@link StoredRoomKeyBundleData}, in which case, the bundle
   * should be downloaded, and then passed to {@link
   * receiveRoomKeyBundle}.
   *
   * @experimental
   * @param {RoomId} room_id
   * @param {UserId} inviter
   * @returns {Promise<StoredRoomKeyBundleData | undefined>}
   */
  getReceivedRoomKeyBundleData(room_id, inviter) {
    _assertClass(room_id, RoomId);
    _assertClass(inviter, UserId);
    const ret = wasm.olmmachine_getReceivedRoomKeyBundleData(this.__wbg_ptr, room_id.__wbg_ptr, inviter.__wbg_ptr);
    return ret;
  }
  /**
   * Get encryption info for a decrypted timeline event.
   *
   * This recalculates the `EncryptionInfo` data that is returned by
   * `decryptRoomEvent`, based on the current
   * verification status of the sender, etc.
   *
   * Returns an error for an unencrypted event.
   *
   * # Arguments
   *
   * * `event` - The event to get information for.
   * * `room_id` - The ID of the room where the event was sent to.
   *
   * # Returns
   *
   * {@link EncryptionInfo}
   * @param {string} event
   * @param {RoomId} room_id
   * @returns {Promise<EncryptionInfo>}
   */
  getRoomEventEncryptionInfo(event, room_id) {
    const ptr0 = passStringToWasm0(event, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_getRoomEventEncryptionInfo(this.__wbg_ptr, ptr0, len0, room_id.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Get the stored room settings, such as the encryption algorithm or
   * whether to encrypt only for trusted devices.
   *
   * These settings can be modified via {@link setRoomSettings}.
   *
   * # Returns
   *
   * `Promise<RoomSettings|undefined>`
   * @param {RoomId} room_id
   * @returns {Promise<RoomSettings|undefined>}
   */
  getRoomSettings(room_id) {
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_getRoomSettings(this.__wbg_ptr, room_id.__wbg_ptr);
    return ret;
  }
  /**
   * Get all the secrets with the given secret_name we have currently
   * stored.
   * The only secret this will currently return is the
   * `m.megolm_backup.v1` secret.
   *
   * Usually you would just register a callback with
   * [`register_receive_secret_callback`], but if the client is shut down
   * before handling them, this method can be used to retrieve them.
   * This method should therefore be called at client startup to retrieve any
   * secrets received during the previous session.
   *
   * The secrets are guaranteed to have been received over a 1-to-1 encrypted
   * to_device message from one of the user's own verified devices.
   *
   * Returns a `Promise` for a `Set` of `String` corresponding to the secret
   * values.
   *
   * If the secret is valid and handled, the secret inbox should be cleared
   * by calling `delete_secrets_from_inbox`.
   * @param {string} secret_name
   * @returns {Promise<Set<string>>}
   */
  getSecretsFromInbox(secret_name) {
    const ptr0 = passStringToWasm0(secret_name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_getSecretsFromInbox(this.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * Get a map holding all the devices of a user.
   *
   * ### Parameters
   *
   * * `user_id` - The unique ID of the user that the device belongs to.
   *
   * * `timeout_secs` - The amount of time we should wait for a `/keys/query`
   *   response before returning if the user's device list has been marked as
   *   stale. **Note**, this assumes that the requests from {@link
   *   OlmMachine.outgoingRequests} are being processed and sent out.
   *
   *   If unset, we will return immediately even if the device list is stale.
   *
   * ### Returns
   *
   * A {@link UserDevices} object.
   * @param {UserId} user_id
   * @param {number | null} [timeout_secs]
   * @returns {Promise<UserDevices>}
   */
  getUserDevices(user_id, timeout_secs) {
    _assertClass(user_id, UserId);
    const ret = wasm.olmmachine_getUserDevices(this.__wbg_ptr, user_id.__wbg_ptr, !isLikeNone(timeout_secs), isLikeNone(timeout_secs) ? 0 : timeout_secs);
    return ret;
  }
  /**
   * Get a verification request object with the given flow ID.
   * @param {UserId} user_id
   * @param {string} flow_id
   * @returns {VerificationRequest | undefined}
   */
  getVerificationRequest(user_id, flow_id) {
    _assertClass(user_id, UserId);
    const ptr0 = passStringToWasm0(flow_id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_getVerificationRequest(this.__wbg_ptr, user_id.__wbg_ptr, ptr0, len0);
    return ret === 0 ? void 0 : VerificationRequest.__wrap(ret);
  }
  /**
   * Get all the verification requests of a given user.
   * @param {UserId} user_id
   * @returns {VerificationRequest[]}
   */
  getVerificationRequests(user_id) {
    _assertClass(user_id, UserId);
    const ret = wasm.olmmachine_getVerificationRequests(this.__wbg_ptr, user_id.__wbg_ptr);
    return ret;
  }
  /**
   * Get a verification object for the given user ID with the given
   * flow ID (a to-device request ID if the verification has been
   * requested by a to-device request, or a room event ID if the
   * verification has been requested by a room event).
   *
   * It returns a “`Verification` object”, which is either a `Sas`
   * or `Qr` object.
   * @param {UserId} user_id
   * @param {string} flow_id
   * @returns {Sas | Qr | undefined}
   */
  getVerification(user_id, flow_id) {
    _assertClass(user_id, UserId);
    const ptr0 = passStringToWasm0(flow_id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_getVerification(this.__wbg_ptr, user_id.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Get whether we have previously downloaded all message keys for a
   * particular room from the key backup. Typically called in advance of
   * building a room key bundle.
   * @param {RoomId} room_id
   * @returns {Promise<boolean>}
   */
  hasDownloadedAllRoomKeys(room_id) {
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_hasDownloadedAllRoomKeys(this.__wbg_ptr, room_id.__wbg_ptr);
    return ret;
  }
  /**
   * Get the public parts of our Olm identity keys.
   * @returns {IdentityKeys}
   */
  get identityKeys() {
    const ret = wasm.olmmachine_identityKeys(this.__wbg_ptr);
    return IdentityKeys.__wrap(ret);
  }
  /**
   * Import the given room keys into our store.
   *
   * # Arguments
   *
   * * `backed_up_room_keys`: keys that were retrieved from backup and that
   *   should be added to our store (provided they are better than our
   *   current versions of those keys). Specifically, it should be a Map from
   *   {@link RoomId}, to a Map from session ID to a (decrypted) session data
   *   structure.
   *
   * * `progress_listener`: an optional callback that takes 3 arguments:
   *   `progress` (the number of keys that have successfully been imported),
   *   `total` (the total number of keys), and `failures` (the number of keys
   *   that failed to import), and returns nothing.
   *
   * # Returns
   *
   * A {@link RoomKeyImportResult}.
   * @param {Map<RoomId, Map<string, any>>} backed_up_room_keys
   * @param {(progress: bigint, total: bigint, failures: bigint) => void | undefined} progress_listener
   * @param {string} backup_version
   * @returns {Promise<RoomKeyImportResult>}
   */
  importBackedUpRoomKeys(backed_up_room_keys, progress_listener, backup_version) {
    const ptr0 = passStringToWasm0(backup_version, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_importBackedUpRoomKeys(this.__wbg_ptr, backed_up_room_keys, isLikeNone(progress_listener) ? 0 : addToExternrefTable0(progress_listener), ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Import our private cross signing keys.
   *
   * The keys should be provided as unpadded-base64-encoded strings.
   *
   * Returns a `CrossSigningStatus`.
   * @param {string | null} [master_key]
   * @param {string | null} [self_signing_key]
   * @param {string | null} [user_signing_key]
   * @returns {Promise<CrossSigningStatus>}
   */
  importCrossSigningKeys(master_key, self_signing_key, user_signing_key) {
    var ptr0 = isLikeNone(master_key) ? 0 : passStringToWasm0(master_key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    var ptr1 = isLikeNone(self_signing_key) ? 0 : passStringToWasm0(self_signing_key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len1 = WASM_VECTOR_LEN;
    var ptr2 = isLikeNone(user_signing_key) ? 0 : passStringToWasm0(user_signing_key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len2 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_importCrossSigningKeys(this.__wbg_ptr, ptr0, len0, ptr1, len1, ptr2, len2);
    return ret;
  }
  /**
   * Import the given room keys into our store.
   *
   * `exported_keys` is a JSON-encoded list of previously exported keys that
   * should be imported into our store. If we already have a better
   * version of a key, the key will _not_ be imported.
   *
   * `progress_listener` is a closure that takes 2 `BigInt` arguments:
   * `progress` and `total`, and returns nothing.
   *
   * Returns a {@link RoomKeyImportResult}.
   * @param {string} exported_room_keys
   * @param {(progress: bigint, total: bigint) => void} progress_listener
   * @returns {Promise<RoomKeyImportResult>}
   */
  importExportedRoomKeys(exported_room_keys, progress_listener) {
    const ptr0 = passStringToWasm0(exported_room_keys, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_importExportedRoomKeys(this.__wbg_ptr, ptr0, len0, progress_listener);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Import the given room keys into our store.
   *
   * Mostly, a deprecated alias for `importExportedRoomKeys`, though the
   * return type is different.
   *
   * Returns a String containing a JSON-encoded object, holding three
   * properties:
   *  * `total_count` (the total number of keys found in the export data).
   *  * `imported_count` (the number of keys that were imported).
   *  * `keys` (the keys that were imported; a map from room id to a map of
   *    the sender key to a list of session ids).
   *
   * @deprecated Use `importExportedRoomKeys` or `importBackedUpRoomKeys`.
   * @param {string} exported_room_keys
   * @param {(imported: bigint, total: bigint) => void} progress_listener
   * @returns {Promise<string>}
   */
  importRoomKeys(exported_room_keys, progress_listener) {
    const ptr0 = passStringToWasm0(exported_room_keys, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_importRoomKeys(this.__wbg_ptr, ptr0, len0, progress_listener);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Import and persists secrets from a {@link SecretsBundle}.
   *
   * This method will import all the private cross-signing keys and, if
   * available, the private part of a backup key and its accompanying
   * version into the store.
   *
   * **Warning**: Only import this from a trusted source, i.e. if an existing
   * device is sharing this with a new device. The imported cross-signing
   * keys will create a {@link OwnUserIdentity} and mark it as verified.
   *
   * The backup key will be persisted in the store and can be enabled using
   * the BackupMachine.
   *
   * The provided `SecretsBundle` is freed by this method; be careful not to
   * use it once this method has been called.
   * @param {SecretsBundle} bundle
   * @returns {Promise<void>}
   */
  importSecretsBundle(bundle) {
    _assertClass(bundle, SecretsBundle);
    var ptr0 = bundle.__destroy_into_raw();
    const ret = wasm.olmmachine_importSecretsBundle(this.__wbg_ptr, ptr0);
    return ret;
  }
  /**
   * Create a new `OlmMachine` backed by an existing store.
   *
   * # Arguments
   *
   * * `user_id` - represents the unique ID of the user that owns this
   * machine.
   *
   * * `device_id` - represents the unique ID of the device
   * that owns this machine.
   *
   * * `store_handle` - the connection to the crypto store to be used for
   *   this machine.
   *
   * * `logger` - Optional logger to use for all operations on this machine.
   *   An instance of `JsLogger`.
   *
   * * `ca_certs_pem` - Optional PEM-formatted string that provides CA
   *   certificates. These will be used to check X.509 signatures on user
   *   identities. Any user identity that has a valid signature according to
   *   the supplied CAs will be considered verified, without any manual
   *
   * * `raw_x509_signer` - Optional async function for signing some data with
   *   an X.509 certificate. Used to sign the user's identity so compatible
   *   clients will recognise this user as verified without manual
   *   verification taking place. If you supply this you must also supply
   *   raw_x509_validity.
   *
   * * `raw_x509_validity` - Optional function returning the validity period
   *   of the X.509 certificate used for signing, as the number of
   *   milliseconds since the Unix epoch. If you supply this you must also
   *   supply raw_x509_signer.
   * @param {UserId} user_id
   * @param {DeviceId} device_id
   * @param {StoreHandle} store_handle
   * @param {JsLogger} [logger]
   * @param {String} [ca_certs_pem]
   * @param {(item: Uint8Array) => Promise<{ signature_bytes: Uint8Array, certificate_chain: string }>} [raw_x509_signer]
   * @param {() => number} [raw_x509_validity]
   * @returns {Promise<OlmMachine>}
   */
  static initFromStore(user_id, device_id, store_handle, logger, ca_certs_pem, raw_x509_signer, raw_x509_validity) {
    _assertClass(user_id, UserId);
    _assertClass(device_id, DeviceId);
    _assertClass(store_handle, StoreHandle);
    var ptr0 = isLikeNone(ca_certs_pem) ? 0 : passStringToWasm0(ca_certs_pem, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_initFromStore(user_id.__wbg_ptr, device_id.__wbg_ptr, store_handle.__wbg_ptr, isLikeNone(logger) ? 0 : addToExternrefTable0(logger), ptr0, len0, isLikeNone(raw_x509_signer) ? 0 : addToExternrefTable0(raw_x509_signer), isLikeNone(raw_x509_validity) ? 0 : addToExternrefTable0(raw_x509_validity));
    return ret;
  }
  /**
   * Create a new `OlmMachine`.
   *
   * The created machine will keep the encryption keys either in a IndexedDB
   * based store, or in a memory store and once the objects is dropped,
   * the keys will be lost.
   *
   * # Arguments
   *
   * * `user_id` - represents the unique ID of the user that owns this
   * machine.
   *
   * * `device_id` - represents the unique ID of the device
   * that owns this machine.
   *
   * * `store_name` - The name that should be used to open the IndexedDB
   *   based database. If this isn't provided, a memory-only store will be
   *   used. *Note* the memory-only store will lose your E2EE keys when the
   *   `OlmMachine` gets dropped.
   *
   * * `store_passphrase` - The passphrase that should be used to encrypt the
   *   IndexedDB-based store.
   *
   * * `logger` - Optional logger to use for all operations on this machine.
   *   An instance of `JsLogger`.
   *
   * * `ca_certs_pem` - Optional PEM-formatted string that provides CA
   *   certificates. These will be used to check X.509 signatures on user
   *   identities. Any user identity that has a valid signature according to
   *   the supplied CAs will be considered verified, without any manual
   *   verification taking place. A PEM-formatted string.
   *
   * * `raw_x509_signer` - Optional async function for signing some data with
   *   an X.509 certificate. Used to sign the user's identity so compatible
   *   clients will recognise this user as verified without manual
   *   verification taking place. If you supply this you must also supply
   *   raw_x509_validity.
   *
   * * `raw_x509_validity` - Optional function returning the validity period
   *   of the X.509 certificate used for signing, as the number of
   *   milliseconds since the Unix epoch. If you supply this you must also
   *   supply raw_x509_signer.
   * @param {UserId} user_id
   * @param {DeviceId} device_id
   * @param {string} [store_name]
   * @param {string} [store_passphrase]
   * @param {JsLogger} [logger]
   * @param {String} [ca_certs_pem]
   * @param {(item: Uint8Array) => Promise<{ signature_bytes: Uint8Array, certificate_chain: string }>} [raw_x509_signer]
   * @param {() => number} [raw_x509_validity]
   * @returns {Promise<OlmMachine>}
   */
  static initialize(user_id, device_id, store_name, store_passphrase, logger, ca_certs_pem, raw_x509_signer, raw_x509_validity) {
    _assertClass(user_id, UserId);
    _assertClass(device_id, DeviceId);
    var ptr0 = isLikeNone(store_name) ? 0 : passStringToWasm0(store_name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    var ptr1 = isLikeNone(store_passphrase) ? 0 : passStringToWasm0(store_passphrase, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len1 = WASM_VECTOR_LEN;
    var ptr2 = isLikeNone(ca_certs_pem) ? 0 : passStringToWasm0(ca_certs_pem, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len2 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_initialize(user_id.__wbg_ptr, device_id.__wbg_ptr, ptr0, len0, ptr1, len1, isLikeNone(logger) ? 0 : addToExternrefTable0(logger), ptr2, len2, isLikeNone(raw_x509_signer) ? 0 : addToExternrefTable0(raw_x509_signer), isLikeNone(raw_x509_validity) ? 0 : addToExternrefTable0(raw_x509_validity));
    return ret;
  }
  /**
   * Invalidate the currently active outbound group session for the
   * given room.
   *
   * Returns true if a session was invalidated, false if there was
   * no session to invalidate.
   * @param {RoomId} room_id
   * @returns {Promise<boolean>}
   */
  invalidateGroupSession(room_id) {
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_invalidateGroupSession(this.__wbg_ptr, room_id.__wbg_ptr);
    return ret;
  }
  /**
   * Are we able to encrypt room keys.
   *
   * This returns true if we have an active `BackupKey` and backup version
   * registered with the state machine.
   *
   * Returns `Promise<boolean>`.
   * @returns {Promise<boolean>}
   */
  isBackupEnabled() {
    const ret = wasm.olmmachine_isBackupEnabled(this.__wbg_ptr);
    return ret;
  }
  /**
   * Mark all tracked users as dirty.
   *
   * All users *whose device lists we are tracking* are flagged as needing a
   * key query. Users whose devices we are not tracking are ignored.
   * @returns {Promise<void>}
   */
  markAllTrackedUsersAsDirty() {
    const ret = wasm.olmmachine_markAllTrackedUsersAsDirty(this.__wbg_ptr);
    return ret;
  }
  /**
   * Mark the request with the given request ID as sent (see
   * `outgoing_requests`).
   *
   * Arguments are:
   *
   * * `request_id` represents the unique ID of the request that was sent
   *   out. This is needed to couple the response with the now sent out
   *   request.
   * * `response_type` represents the type of the request that was sent out.
   * * `response` represents the response that was received from the server
   *   after the outgoing request was sent out.
   * @param {string} request_id
   * @param {RequestType} request_type
   * @param {string} response
   * @returns {Promise<true>}
   */
  markRequestAsSent(request_id, request_type, response) {
    const ptr0 = passStringToWasm0(request_id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(response, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_markRequestAsSent(this.__wbg_ptr, ptr0, len0, request_type, ptr1, len1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Constructor will always fail. To create a new `OlmMachine`, please use
   * the `initialize` method.
   *
   * Why this pattern? `initialize` returns a `Promise`. Returning a
   * `Promise` from a constructor is not idiomatic in JavaScript.
   */
  constructor() {
    const ret = wasm.olmmachine_new();
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    OlmMachineFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get the outgoing requests that need to be sent out.
   *
   * This returns a list of values, each of which can be any of:
   *   * {@link KeysUploadRequest},
   *   * {@link KeysQueryRequest},
   *   * {@link KeysClaimRequest},
   *   * {@link ToDeviceRequest},
   *   * {@link SignatureUploadRequest},
   *   * {@link RoomMessageRequest}, or
   *   * {@link KeysBackupRequest}.
   *
   * Those requests need to be sent out to the server and the
   * responses need to be passed back to the state machine
   * using {@link OlmMachine.markRequestAsSent}.
   * @returns {Promise<OutgoingRequest[]>}
   */
  outgoingRequests() {
    const ret = wasm.olmmachine_outgoingRequests(this.__wbg_ptr);
    return ret;
  }
  /**
   * Push a secret to all of our other verified devices
   *
   * This function assumes that we already have Olm sessions with the other
   * devices.  This can be done by calling {@link
   * OlmMachine.getMissingSessions}.
   *
   * # Arguments
   *
   * * `secret_name` - The name of the secret to push.
   * @param {string} name
   * @returns {Promise<any>}
   */
  pushSecretToVerifiedDevices(name) {
    const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_pushSecretToVerifiedDevices(this.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * Generate an "out-of-band" key query request for the given set of users.
   *
   * This can be useful if we need the results from `getIdentity` or
   * `getUserDevices` to be as up-to-date as possible.
   *
   * Returns a `KeysQueryRequest` object. The response of the request should
   * be passed to the `OlmMachine` with the `mark_request_as_sent`.
   *
   * Items inside `users` will be invalidated by this method. Be careful not
   * to use the `UserId`s after this method has been called.
   * @param {UserId[]} users
   * @returns {KeysQueryRequest}
   */
  queryKeysForUsers(users) {
    const ptr0 = passArrayJsValueToWasm0(users, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_queryKeysForUsers(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return KeysQueryRequest.__wrap(ret[0]);
  }
  /**
   * Import the message keys from a downloaded room key bundle.
   *
   * After {@link getReceivedRoomKeyBundleData} returns a truthy result, the
   * media file should be downloaded and then passed into this method to
   * actually do the import.
   *
   * @experimental
   * @param {StoredRoomKeyBundleData} bundle_data
   * @param {Uint8Array} encrypted_bundle
   * @returns {Promise<undefined>}
   */
  receiveRoomKeyBundle(bundle_data, encrypted_bundle) {
    _assertClass(bundle_data, StoredRoomKeyBundleData);
    var ptr0 = bundle_data.__destroy_into_raw();
    const ptr1 = passArray8ToWasm0(encrypted_bundle, wasm.__wbindgen_malloc);
    const len1 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_receiveRoomKeyBundle(this.__wbg_ptr, ptr0, ptr1, len1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Handle the changes to the end-to-end encryption state we received from
   * a [MSC4186](https://github.com/matrix-org/matrix-spec-proposals/pull/4186)
   * (simplified sliding sync) response.
   *
   * This behaves exactly like {@link receiveSyncChanges}, except for the
   * handling of `one_time_keys_counts`: under MSC4186 semantics, a missing
   * entry for an algorithm means that the number of keys on the server is
   * *unchanged*, rather than zero.
   *
   * This is therefore also the method to use when the caller has no
   * information about the one-time key counts, for example because it is
   * processing only the to-device events or the device list changes from a
   * sync response.
   *
   * # Arguments
   *
   * * `to_device_events`: the JSON-encoded to-device events from the sync
   *   response
   * * `changed_devices`: the mapping of changed and left devices, from the
   *   sync response
   * * `one_time_keys_counts`: The number of one-time keys on the server,
   *   from the sync response. A `Map` from string (encryption algorithm) to
   *   number (number of keys). A missing entry means "unchanged".
   * * `unused_fallback_keys`: Optionally, a `Set` of unused fallback keys on
   *   the server, from the sync response. If this is set, it is used to
   *   determine if new fallback keys should be uploaded.
   * * `decryption_settings`: Optionally, the settings to use when decrypting
   *   to-device events. If not set, to-device events will be decrypted with
   *   a {@link TrustRequirement} of `Untrusted`.
   *
   * # Returns
   *
   * A list of values, each of which can be any of:
   *   * {@link DecryptedToDeviceEvent}
   *   * {@link PlainTextToDeviceEvent}
   *   * {@link UTDToDeviceEvent}
   *   * {@link InvalidToDeviceEvent}
   * @param {string} to_device_events
   * @param {DeviceLists} changed_devices
   * @param {Map<string, number>} one_time_keys_counts
   * @param {Set<string>} [unused_fallback_keys]
   * @param {DecryptionSettings} [decryption_settings]
   * @returns {Promise<ProcessedToDeviceEvent[]>}
   */
  receiveSyncChangesMsc4186(to_device_events, changed_devices, one_time_keys_counts, unused_fallback_keys, decryption_settings) {
    const ptr0 = passStringToWasm0(to_device_events, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(changed_devices, DeviceLists);
    let ptr1 = 0;
    if (!isLikeNone(decryption_settings)) {
      _assertClass(decryption_settings, DecryptionSettings);
      ptr1 = decryption_settings.__destroy_into_raw();
    }
    const ret = wasm.olmmachine_receiveSyncChangesMsc4186(this.__wbg_ptr, ptr0, len0, changed_devices.__wbg_ptr, one_time_keys_counts, isLikeNone(unused_fallback_keys) ? 0 : addToExternrefTable0(unused_fallback_keys), ptr1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Handle to-device events and one-time key counts from a sync
   * response.
   *
   * This will decrypt and handle to-device events returning the
   * decrypted versions of them.
   *
   * To decrypt an event from the room timeline call
   * `decrypt_room_event`.
   *
   * # Arguments
   *
   * * `to_device_events`: the JSON-encoded to-device evens from the `/sync`
   *   response
   * * `changed_devices`: the mapping of changed and left devices, from the
   *   `/sync` response
   * * `one_time_keys_counts`: The number of one-time keys on the server,
   *   from the `/sync` response. A `Map` from string (encryption algorithm)
   *   to number (number of keys). Following the sync v2 semantics, a missing
   *   entry for an algorithm means that there are *zero* keys of that type
   *   on the server. If the caller has no information about the key counts
   *   (for example, because it is processing only part of a sync response),
   *   it should use {@link receiveSyncChangesMsc4186} instead.
   * * `unused_fallback_keys`: Optionally, a `Set` of unused fallback keys on
   *   the server, from the `/sync` response. If this is set, it is used to
   *   determine if new fallback keys should be uploaded.
   * * `decryption_settings`: Optionally, the settings to use when decrypting
   *   to-device events. If not set, to-device events will be decrypted with
   *   a {@link TrustRequirement} of `Untrusted`.
   *
   * # Returns
   *
   * A list of values, each of which can be any of:
   *   * {@link DecryptedToDeviceEvent}
   *   * {@link PlainTextToDeviceEvent}
   *   * {@link UTDToDeviceEvent}
   *   * {@link InvalidToDeviceEvent}
   * @param {string} to_device_events
   * @param {DeviceLists} changed_devices
   * @param {Map<string, number>} one_time_keys_counts
   * @param {Set<string>} [unused_fallback_keys]
   * @param {DecryptionSettings} [decryption_settings]
   * @returns {Promise<ProcessedToDeviceEvent[]>}
   */
  receiveSyncChanges(to_device_events, changed_devices, one_time_keys_counts, unused_fallback_keys, decryption_settings) {
    const ptr0 = passStringToWasm0(to_device_events, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(changed_devices, DeviceLists);
    let ptr1 = 0;
    if (!isLikeNone(decryption_settings)) {
      _assertClass(decryption_settings, DecryptionSettings);
      ptr1 = decryption_settings.__destroy_into_raw();
    }
    const ret = wasm.olmmachine_receiveSyncChanges(this.__wbg_ptr, ptr0, len0, changed_devices.__wbg_ptr, one_time_keys_counts, isLikeNone(unused_fallback_keys) ? 0 : addToExternrefTable0(unused_fallback_keys), ptr1);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Receive a verification event.
   *
   * This method can be used to pass verification events that are happening
   * in rooms to the `OlmMachine`. The event should be in the decrypted form.
   * @param {string} event
   * @param {RoomId} room_id
   * @returns {Promise<void>}
   */
  receiveVerificationEvent(event, room_id) {
    const ptr0 = passStringToWasm0(event, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_receiveVerificationEvent(this.__wbg_ptr, ptr0, len0, room_id.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Register a callback which will be called whenever there is an update to
   * a device.
   *
   * `callback` should be a function that takes a single argument (an array
   * of user IDs as strings) and returns a Promise.
   * @param {(userIds: string[]) => Promise<void>} callback
   */
  registerDevicesUpdatedCallback(callback) {
    wasm.olmmachine_registerDevicesUpdatedCallback(this.__wbg_ptr, callback);
  }
  /**
   * Register a callback which will be called whenever a secret
   * (`m.secret.send`) is received.
   *
   * The only secret this will currently broadcast is the
   * `m.megolm_backup.v1` (the cross signing secrets are handled internally).
   *
   * To request a secret from other devices, a client sends an
   * `m.secret.request` device event with `action` set to `request` and
   * `name` set to the identifier of the secret. A device that wishes to
   * share the secret will reply with an `m.secret.send` event, encrypted
   * using olm.
   *
   * The secrets are guaranteed to have been received over a 1-to-1 encrypted
   * to_device message from a one of the user's own verified devices.
   *
   * See https://matrix-org.github.io/matrix-rust-sdk/matrix_sdk_crypto/store/struct.Store.html#method.secrets_stream for more information.
   *
   * `callback` should be a function that takes 2 arguments: the secret name
   * (string) and value (string).
   *
   * **Note**: if the secret is valid and handled on the javascript side, the
   * secret inbox should be cleared by calling
   * `delete_secrets_from_inbox`.
   * @param {(name: string, value: string) => Promise<void>} callback
   */
  registerReceiveSecretCallback(callback) {
    wasm.olmmachine_registerReceiveSecretCallback(this.__wbg_ptr, callback);
  }
  /**
   * Register a callback which will be called whenever there is an update to
   * a room key.
   *
   * `callback` should be a function that takes a single argument (an array
   * of {@link RoomKeyInfo}) and returns a Promise.
   * @param {(info: RoomKeyInfo[]) => Promise<void>} callback
   */
  registerRoomKeyUpdatedCallback(callback) {
    wasm.olmmachine_registerRoomKeyUpdatedCallback(this.__wbg_ptr, callback);
  }
  /**
   * Register a callback which will be called whenever we receive a
   * notification that some room keys have been withheld.
   *
   * `callback` should be a function that takes a single argument (an array
   * of {@link RoomKeyWithheldInfo}) and returns a Promise.
   * @param {(info: RoomKeyWithheldInfo[]) => Promise<void>} callback
   */
  registerRoomKeysWithheldCallback(callback) {
    wasm.olmmachine_registerRoomKeysWithheldCallback(this.__wbg_ptr, callback);
  }
  /**
   * Register a callback which will be called whenever there is an update to
   * a user identity.
   *
   * `callback` should be a function that takes a single argument (a {@link
   * UserId}) and returns a Promise.
   * @param {(id: UserId) => Promise<void>} callback
   */
  registerUserIdentityUpdatedCallback(callback) {
    wasm.olmmachine_registerUserIdentityUpdatedCallback(this.__wbg_ptr, callback);
  }
  /**
   * Request missing local secrets from our other trusted devices.
   *
   * "Local secrets" refers to secrets which can be shared between trusted
   * devices, such as private cross-signing keys, and the megolm backup
   * decryption key.
   *
   * This method will cause the sdk to generated outgoing secret requests
   * (`m.secret.request`) to get the missing secrets. These requests will
   * then be returned by a future call to {@link
   * OlmMachine#outgoingRequests}.
   *
   * # Returns
   *
   * A `Promise` for a `bool` result, which will be true if  secrets were
   * missing, and a request was generated.
   * @returns {Promise<boolean>}
   */
  requestMissingSecretsIfNeeded() {
    const ret = wasm.olmmachine_requestMissingSecretsIfNeeded(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the number of backed up room keys and the total number of room keys.
   * Returns a {@link RoomKeyCounts}.
   * @returns {Promise<RoomKeyCounts>}
   */
  roomKeyCounts() {
    const ret = wasm.olmmachine_roomKeyCounts(this.__wbg_ptr);
    return ret;
  }
  /**
   * Whether room key forwarding is enabled.
   *
   * If room key forwarding is enabled, we will automatically reply to
   * incoming `m.room_key_request` messages from verified devices by
   * forwarding the requested key (if we have it).
   * @returns {boolean}
   */
  get roomKeyForwardingEnabled() {
    const ret = wasm.olmmachine_roomKeyForwardingEnabled(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Whether automatic transmission of room key requests is enabled.
   *
   * Room key requests allow the device to request room keys that it might
   * have missed in the original share using `m.room_key_request`
   * events.
   * @returns {boolean}
   */
  get roomKeyRequestsEnabled() {
    const ret = wasm.olmmachine_roomKeyRequestsEnabled(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Store the backup decryption key in the crypto store.
   *
   * This is useful if the client wants to support gossiping of the backup
   * key.
   *
   * Returns `Promise<void>`.
   * @param {BackupDecryptionKey} decryption_key
   * @param {string} version
   * @returns {Promise<void>}
   */
  saveBackupDecryptionKey(decryption_key, version) {
    _assertClass(decryption_key, BackupDecryptionKey);
    const ptr0 = passStringToWasm0(version, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_saveBackupDecryptionKey(this.__wbg_ptr, decryption_key.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * Record that we have downloaded all message keys for the given room.
   * @param {RoomId} room_id
   * @returns {Promise<void>}
   */
  setHasDownloadedAllRoomKeys(room_id) {
    _assertClass(room_id, RoomId);
    const ret = wasm.olmmachine_setHasDownloadedAllRoomKeys(this.__wbg_ptr, room_id.__wbg_ptr);
    return ret;
  }
  /**
   * Store encryption settings for the given room.
   *
   * This method checks if the new settings are "safe" -- ie, that they do
   * not represent a downgrade in encryption security from any previous
   * settings. Attempts to downgrade security will result in an error.
   *
   * If the settings are valid, they will be persisted to the crypto store.
   * These settings are not used directly by this library, but the saved
   * settings can be retrieved via {@link getRoomSettings}.
   * @param {RoomId} room_id
   * @param {RoomSettings} room_settings
   * @returns {Promise<void>}
   */
  setRoomSettings(room_id, room_settings) {
    _assertClass(room_id, RoomId);
    _assertClass(room_settings, RoomSettings);
    const ret = wasm.olmmachine_setRoomSettings(this.__wbg_ptr, room_id.__wbg_ptr, room_settings.__wbg_ptr);
    return ret;
  }
  /**
   * Enable or disable room key forwarding.
   * @param {boolean} enabled
   */
  set roomKeyForwardingEnabled(enabled) {
    wasm.olmmachine_set_roomKeyForwardingEnabled(this.__wbg_ptr, enabled);
  }
  /**
   * Enable or disable automatic transmission of room key requests.
   * @param {boolean} enabled
   */
  set roomKeyRequestsEnabled(enabled) {
    wasm.olmmachine_set_roomKeyRequestsEnabled(this.__wbg_ptr, enabled);
  }
  /**
   * Collect the devices belonging to the given user, and send the details
   * of a room key bundle to those devices.
   *
   * Returns a list of to-device requests which must be sent.
   *
   * @experimental
   * @param {UserId} user
   * @param {RoomId} room
   * @param {string} url
   * @param {string | null | undefined} media_encryption_info
   * @param {CollectStrategy} sharing_strategy
   * @returns {Promise<ToDeviceRequest[]>}
   */
  shareRoomKeyBundleData(user, room, url, media_encryption_info, sharing_strategy) {
    _assertClass(user, UserId);
    _assertClass(room, RoomId);
    const ptr0 = passStringToWasm0(url, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    var ptr1 = isLikeNone(media_encryption_info) ? 0 : passStringToWasm0(media_encryption_info, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len1 = WASM_VECTOR_LEN;
    _assertClass(sharing_strategy, CollectStrategy);
    var ptr2 = sharing_strategy.__destroy_into_raw();
    const ret = wasm.olmmachine_shareRoomKeyBundleData(this.__wbg_ptr, user.__wbg_ptr, room.__wbg_ptr, ptr0, len0, ptr1, len1, ptr2);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Get to-device requests to share a room key with users in a room.
   *
   * `room_id` is the room ID. `users` is an array of `UserId`
   * objects. `encryption_settings` are an `EncryptionSettings`
   * object.
   *
   * Note: Care should be taken that only one such request at a
   * time is in flight for the same room, e.g. using a lock.
   *
   * Returns an array of `ToDeviceRequest`s.
   *
   * Items inside `users` will be invalidated by this method. Be careful not
   * to use the `UserId`s after this method has been called.
   * @param {RoomId} room_id
   * @param {UserId[]} users
   * @param {EncryptionSettings} encryption_settings
   * @returns {Promise<ToDeviceRequest[]>}
   */
  shareRoomKey(room_id, users, encryption_settings) {
    _assertClass(room_id, RoomId);
    const ptr0 = passArrayJsValueToWasm0(users, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    _assertClass(encryption_settings, EncryptionSettings);
    const ret = wasm.olmmachine_shareRoomKey(this.__wbg_ptr, room_id.__wbg_ptr, ptr0, len0, encryption_settings.__wbg_ptr);
    return ret;
  }
  /**
   * Sign the given message using our device key and if available
   * cross-signing master key.
   * @param {string} message
   * @returns {Promise<Signatures>}
   */
  sign(message) {
    const ptr0 = passStringToWasm0(message, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_sign(this.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * Store the fact that we have accepted an invitation to the given room, so
   * should accept a key bundle if one arrives soon.
   *
   * This should be called whenever we join a room following an invite, but
   * it has no effect other than that the room will be returned by a future
   * call to {@link getPendingKeyBundleDetailsForRoom}.
   *
   * @experimental
   * @param {RoomId} room_id
   * @param {UserId} inviter
   * @returns {Promise<void>}
   */
  storeRoomPendingKeyBundle(room_id, inviter) {
    _assertClass(room_id, RoomId);
    _assertClass(inviter, UserId);
    const ret = wasm.olmmachine_storeRoomPendingKeyBundle(this.__wbg_ptr, room_id.__wbg_ptr, inviter.__wbg_ptr);
    return ret;
  }
  /**
   * Get the list of users whose devices we are currently tracking.
   *
   * A user can be marked for tracking using the
   * [`update_tracked_users`](#method.update_tracked_users) method.
   *
   * Returns a `Set<UserId>`.
   * @returns {Promise<Set<UserId>>}
   */
  trackedUsers() {
    const ret = wasm.olmmachine_trackedUsers(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Update the list of tracked users.
   *
   * The OlmMachine maintains a list of users whose devices we are keeping
   * track of: these are known as "tracked users". These must be users
   * that we share a room with, so that the server sends us updates for
   * their device lists.
   *
   * # Arguments
   *
   * * `users` - An array of user ids that should be added to the list of
   *   tracked users
   *
   * Any users that hadn't been seen before will be flagged for a key query
   * immediately, and whenever `receive_sync_changes` receives a
   * "changed" notification for that user in the future.
   *
   * Users that were already in the list are unaffected.
   *
   * Items inside `users` will be invalidated by this method. Be careful not
   * to use the `UserId`s after this method has been called.
   * @param {UserId[]} users
   * @returns {Promise<void>}
   */
  updateTrackedUsers(users) {
    const ptr0 = passArrayJsValueToWasm0(users, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.olmmachine_updateTrackedUsers(this.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * The unique user ID that owns this `OlmMachine` instance.
   * @returns {UserId}
   */
  get userId() {
    const ret = wasm.olmmachine_userId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * Check if the given backup has been verified by us or by another of our
   * devices that we trust.
   *
   * The `backup_info` should be a Javascript object with the following
   * format:
   *
   * ```json
   * {
   *     "algorithm": "m.megolm_backup.v1.curve25519-aes-sha2",
   *     "auth_data": {
   *         "public_key":"XjhWTCjW7l59pbfx9tlCBQolfnIQWARoKOzjTOPSlWM",
   *         "signatures": {}
   *     }
   * }
   * ```
   *
   * Returns a {@link SignatureVerification} object.
   * @param {any} backup_info
   * @returns {Promise<SignatureVerification>}
   */
  verifyBackup(backup_info) {
    const ret = wasm.olmmachine_verifyBackup(this.__wbg_ptr, backup_info);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
};
if (Symbol.dispose) OlmMachine.prototype[Symbol.dispose] = OlmMachine.prototype.free;
var OtherUserIdentity = class _OtherUserIdentity {
  static __wrap(ptr) {
    const obj = Object.create(_OtherUserIdentity.prototype);
    obj.__wbg_ptr = ptr;
    OtherUserIdentityFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    OtherUserIdentityFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_otheruseridentity_free(ptr, 0);
  }
  /**
   * Was this identity verified since initial observation and is not anymore?
   *
   * Such a violation should be reported to the local user by the
   * application, and resolved by
   *
   * - Verifying the new identity with {@link requestVerification}, or:
   * - Withdrawing the verification requirement with {@link
   *   withdrawVerification}.
   * @returns {boolean}
   */
  hasVerificationViolation() {
    const ret = wasm.otheruseridentity_hasVerificationViolation(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Has the identity changed in a way that requires approval from the user?
   *
   * A user identity needs approval if it changed after the crypto machine
   * has already observed ("pinned") a different identity for that user,
   * unless it is an explicitly verified identity (using for example
   * interactive verification).
   *
   * This situation can be resolved by:
   *
   * - Verifying the new identity with {@link requestVerification}, or:
   * - Updating the pin to the new identity with {@link pinCurrentMasterKey}.
   * @returns {boolean}
   */
  identityNeedsUserApproval() {
    const ret = wasm.otheruseridentity_identityNeedsUserApproval(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this user identity verified?
   * @returns {boolean}
   */
  isVerified() {
    const ret = wasm.otheruseridentity_isVerified(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get the master key of the identity.
   * @returns {string}
   */
  get masterKey() {
    let deferred2_0;
    let deferred2_1;
    try {
      const ret = wasm.otheruseridentity_masterKey(this.__wbg_ptr);
      var ptr1 = ret[0];
      var len1 = ret[1];
      if (ret[3]) {
        ptr1 = 0;
        len1 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred2_0 = ptr1;
      deferred2_1 = len1;
      return getStringFromWasm0(ptr1, len1);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  /**
   * Pin the current identity (public part of the master signing key).
   * @returns {Promise<void>}
   */
  pinCurrentMasterKey() {
    const ret = wasm.otheruseridentity_pinCurrentMasterKey(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a `VerificationRequest` object after the verification
   * request content has been sent out.
   * @param {RoomId} room_id
   * @param {EventId} request_event_id
   * @param {VerificationMethod[]} [methods]
   * @returns {VerificationRequest}
   */
  requestVerification(room_id, request_event_id, methods) {
    _assertClass(room_id, RoomId);
    _assertClass(request_event_id, EventId);
    var ptr0 = isLikeNone(methods) ? 0 : passArrayJsValueToWasm0(methods, wasm.__wbindgen_malloc);
    var len0 = WASM_VECTOR_LEN;
    const ret = wasm.otheruseridentity_requestVerification(this.__wbg_ptr, room_id.__wbg_ptr, request_event_id.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return VerificationRequest.__wrap(ret[0]);
  }
  /**
   * Get the self-signing key of the identity.
   * @returns {string}
   */
  get selfSigningKey() {
    let deferred2_0;
    let deferred2_1;
    try {
      const ret = wasm.otheruseridentity_selfSigningKey(this.__wbg_ptr);
      var ptr1 = ret[0];
      var len1 = ret[1];
      if (ret[3]) {
        ptr1 = 0;
        len1 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred2_0 = ptr1;
      deferred2_1 = len1;
      return getStringFromWasm0(ptr1, len1);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  /**
   * Send a verification request to the given user.
   *
   * The returned content needs to be sent out into a DM room with the given
   * user.
   *
   * After the content has been sent out a VerificationRequest can be started
   * with the `request_verification` method.
   * @param {VerificationMethod[]} [methods]
   * @returns {string}
   */
  verificationRequestContent(methods) {
    let deferred3_0;
    let deferred3_1;
    try {
      var ptr0 = isLikeNone(methods) ? 0 : passArrayJsValueToWasm0(methods, wasm.__wbindgen_malloc);
      var len0 = WASM_VECTOR_LEN;
      const ret = wasm.otheruseridentity_verificationRequestContent(this.__wbg_ptr, ptr0, len0);
      var ptr2 = ret[0];
      var len2 = ret[1];
      if (ret[3]) {
        ptr2 = 0;
        len2 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred3_0 = ptr2;
      deferred3_1 = len2;
      return getStringFromWasm0(ptr2, len2);
    } finally {
      wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
    }
  }
  /**
   * Manually verify this user.
   *
   * This method will attempt to sign the user identity using our private
   * cross signing key.
   *
   * This method fails if we don't have the private part of our user-signing
   * key.
   *
   * Returns a request that needs to be sent out for the user to be marked as
   * verified.
   * @returns {Promise<SignatureUploadRequest>}
   */
  verify() {
    const ret = wasm.otheruseridentity_verify(this.__wbg_ptr);
    return ret;
  }
  /**
   * True if we verified this identity (with any own identity, at any
   * point).
   *
   * To set this latch back to false, call {@link withdrawVerification}.
   * @returns {boolean}
   */
  wasPreviouslyVerified() {
    const ret = wasm.otheruseridentity_wasPreviouslyVerified(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Remove the requirement for this identity to be verified.
   *
   * If an identity was previously verified and is not anymore it will be
   * reported to the user. In order to remove this notice users have to
   * verify again or to withdraw the verification requirement.
   * @returns {Promise<void>}
   */
  withdrawVerification() {
    const ret = wasm.otheruseridentity_withdrawVerification(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) OtherUserIdentity.prototype[Symbol.dispose] = OtherUserIdentity.prototype.free;
var OutboundCreationResult = class _OutboundCreationResult {
  static __wrap(ptr) {
    const obj = Object.create(_OutboundCreationResult.prototype);
    obj.__wbg_ptr = ptr;
    OutboundCreationResultFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    OutboundCreationResultFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_outboundcreationresult_free(ptr, 0);
  }
  /**
   * The established ECIES channel.
   * @returns {EstablishedEcies}
   */
  get channel() {
    const ret = wasm.__wbg_get_outboundcreationresult_channel(this.__wbg_ptr);
    return EstablishedEcies.__wrap(ret);
  }
  /**
   * The initial encrypted message.
   * @returns {string}
   */
  get initial_message() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_outboundcreationresult_initial_message(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The established ECIES channel.
   * @param {EstablishedEcies} arg0
   */
  set channel(arg0) {
    _assertClass(arg0, EstablishedEcies);
    var ptr0 = arg0.__destroy_into_raw();
    wasm.__wbg_set_outboundcreationresult_channel(this.__wbg_ptr, ptr0);
  }
  /**
   * The initial encrypted message.
   * @param {string} arg0
   */
  set initial_message(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_outboundcreationresult_initial_message(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) OutboundCreationResult.prototype[Symbol.dispose] = OutboundCreationResult.prototype.free;
var OwnUserIdentity = class _OwnUserIdentity {
  static __wrap(ptr) {
    const obj = Object.create(_OwnUserIdentity.prototype);
    obj.__wbg_ptr = ptr;
    OwnUserIdentityFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    OwnUserIdentityFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_ownuseridentity_free(ptr, 0);
  }
  /**
   * Was this identity verified since initial observation and is not anymore?
   *
   * Such a violation should be reported to the local user by the
   * application, and resolved by
   *
   * - Verifying the new identity with {@link requestVerification}, or:
   * - Withdrawing the verification requirement with {@link
   *   withdrawVerification}.
   * @returns {boolean}
   */
  hasVerificationViolation() {
    const ret = wasm.ownuseridentity_hasVerificationViolation(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this user identity verified?
   * @returns {boolean}
   */
  isVerified() {
    const ret = wasm.ownuseridentity_isVerified(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get the master key of the identity.
   * @returns {string}
   */
  get masterKey() {
    let deferred2_0;
    let deferred2_1;
    try {
      const ret = wasm.ownuseridentity_masterKey(this.__wbg_ptr);
      var ptr1 = ret[0];
      var len1 = ret[1];
      if (ret[3]) {
        ptr1 = 0;
        len1 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred2_0 = ptr1;
      deferred2_1 = len1;
      return getStringFromWasm0(ptr1, len1);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  /**
   * Send a verification request to our other devices.
   * @param {VerificationMethod[]} [methods]
   * @returns {Promise<[VerificationRequest, OutgoingVerificationRequest]>}
   */
  requestVerification(methods) {
    var ptr0 = isLikeNone(methods) ? 0 : passArrayJsValueToWasm0(methods, wasm.__wbindgen_malloc);
    var len0 = WASM_VECTOR_LEN;
    const ret = wasm.ownuseridentity_requestVerification(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Get the self-signing key of the identity.
   * @returns {string}
   */
  get selfSigningKey() {
    let deferred2_0;
    let deferred2_1;
    try {
      const ret = wasm.ownuseridentity_selfSigningKey(this.__wbg_ptr);
      var ptr1 = ret[0];
      var len1 = ret[1];
      if (ret[3]) {
        ptr1 = 0;
        len1 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred2_0 = ptr1;
      deferred2_1 = len1;
      return getStringFromWasm0(ptr1, len1);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  /**
   * Does our user identity trust our own device, i.e. have we signed our own
   * device keys with our self-signing key?
   * @returns {Promise<boolean>}
   */
  trustsOurOwnDevice() {
    const ret = wasm.ownuseridentity_trustsOurOwnDevice(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the user-signing key of the identity. This is only present for our
   * own user identity.
   * @returns {string}
   */
  get userSigningKey() {
    let deferred2_0;
    let deferred2_1;
    try {
      const ret = wasm.ownuseridentity_userSigningKey(this.__wbg_ptr);
      var ptr1 = ret[0];
      var len1 = ret[1];
      if (ret[3]) {
        ptr1 = 0;
        len1 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred2_0 = ptr1;
      deferred2_1 = len1;
      return getStringFromWasm0(ptr1, len1);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  /**
   * Mark our user identity as verified.
   *
   * This will mark the identity locally as verified and sign it with our own
   * device.
   *
   * Returns a signature upload request that needs to be sent out.
   * @returns {Promise<SignatureUploadRequest>}
   */
  verify() {
    const ret = wasm.ownuseridentity_verify(this.__wbg_ptr);
    return ret;
  }
  /**
   * True if we verified our own identity at some point in the past.
   *
   * To reset this latch back to `false`, call {@link withdrawVerification}.
   * @returns {boolean}
   */
  wasPreviouslyVerified() {
    const ret = wasm.ownuseridentity_wasPreviouslyVerified(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Remove the requirement for this identity to be verified.
   *
   * If an identity was previously verified and is not any longer, it will be
   * reported to the user. In order to remove this notice users have to
   * verify again or to withdraw the verification requirement.
   * @returns {Promise<void>}
   */
  withdrawVerification() {
    const ret = wasm.ownuseridentity_withdrawVerification(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) OwnUserIdentity.prototype[Symbol.dispose] = OwnUserIdentity.prototype.free;
var PickledInboundGroupSession = class _PickledInboundGroupSession {
  static __unwrap(jsValue) {
    if (!(jsValue instanceof _PickledInboundGroupSession)) {
      return 0;
    }
    return jsValue.__destroy_into_raw();
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    PickledInboundGroupSessionFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_pickledinboundgroupsession_free(ptr, 0);
  }
  /**
   * Flag remembering if the session has been backed up.
   * @returns {boolean}
   */
  get backedUp() {
    const ret = wasm.__wbg_get_pickledinboundgroupsession_backedUp(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Flag remembering if the session was directly sent to us by the sender
   * or if it was imported.
   * @returns {boolean}
   */
  get imported() {
    const ret = wasm.__wbg_get_pickledinboundgroupsession_imported(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * The pickle string holding the Megolm Session, as returned by
   * `olm_pickle_inbound_group_session` in libolm.
   * @returns {string}
   */
  get pickle() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_pickledinboundgroupsession_pickle(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The id of the room that the session is used in.
   *
   * Nullable so that a `PickledInboundGroupSession` can be constructed
   * incrementally. Must be populated!
   * @returns {RoomId | undefined}
   */
  get roomId() {
    const ret = wasm.__wbg_get_pickledinboundgroupsession_roomId(this.__wbg_ptr);
    return ret === 0 ? void 0 : RoomId.__wrap(ret);
  }
  /**
   * The public curve25519 key of the account that sent us the session.
   * @returns {string}
   */
  get senderKey() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_pickledinboundgroupsession_senderKey(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The public ed25519 key of the account that is believed to have initiated
   * the session, if known.
   *
   * If the session was received directly from the creator via an
   * Olm-encrypted `m.room_key` event, this value is taken from the `keys`
   * property of the plaintext payload of that event (see
   * [`m.olm.v1.curve25519-aes-sha2`]).
   *
   * If the session was forwarded to us using an [`m.forwarded_room_key`],
   * this value is a copy of the `sender_claimed_ed25519_key` from the
   * content of the event.
   *
   * [`m.olm.v1.curve25519-aes-sha2`]: https://spec.matrix.org/v1.9/client-server-api/#molmv1curve25519-aes-sha2
   * [`m.forwarded_room_key`]: https://spec.matrix.org/v1.9/client-server-api/#mforwarded_room_key
   * @returns {string | undefined}
   */
  get senderSigningKey() {
    const ret = wasm.__wbg_get_pickledinboundgroupsession_senderSigningKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Construct a new `PickledInboundGroupSession`, with default values.
   */
  constructor() {
    const ret = wasm.pickledinboundgroupsession_new();
    this.__wbg_ptr = ret;
    PickledInboundGroupSessionFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Flag remembering if the session has been backed up.
   * @param {boolean} arg0
   */
  set backedUp(arg0) {
    wasm.__wbg_set_pickledinboundgroupsession_backedUp(this.__wbg_ptr, arg0);
  }
  /**
   * Flag remembering if the session was directly sent to us by the sender
   * or if it was imported.
   * @param {boolean} arg0
   */
  set imported(arg0) {
    wasm.__wbg_set_pickledinboundgroupsession_imported(this.__wbg_ptr, arg0);
  }
  /**
   * The pickle string holding the Megolm Session, as returned by
   * `olm_pickle_inbound_group_session` in libolm.
   * @param {string} arg0
   */
  set pickle(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_pickledinboundgroupsession_pickle(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The id of the room that the session is used in.
   *
   * Nullable so that a `PickledInboundGroupSession` can be constructed
   * incrementally. Must be populated!
   * @param {RoomId | null} [arg0]
   */
  set roomId(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, RoomId);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_pickledinboundgroupsession_roomId(this.__wbg_ptr, ptr0);
  }
  /**
   * The public curve25519 key of the account that sent us the session.
   * @param {string} arg0
   */
  set senderKey(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_pickledinboundgroupsession_senderKey(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The public ed25519 key of the account that is believed to have initiated
   * the session, if known.
   *
   * If the session was received directly from the creator via an
   * Olm-encrypted `m.room_key` event, this value is taken from the `keys`
   * property of the plaintext payload of that event (see
   * [`m.olm.v1.curve25519-aes-sha2`]).
   *
   * If the session was forwarded to us using an [`m.forwarded_room_key`],
   * this value is a copy of the `sender_claimed_ed25519_key` from the
   * content of the event.
   *
   * [`m.olm.v1.curve25519-aes-sha2`]: https://spec.matrix.org/v1.9/client-server-api/#molmv1curve25519-aes-sha2
   * [`m.forwarded_room_key`]: https://spec.matrix.org/v1.9/client-server-api/#mforwarded_room_key
   * @param {string | null} [arg0]
   */
  set senderSigningKey(arg0) {
    var ptr0 = isLikeNone(arg0) ? 0 : passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_pickledinboundgroupsession_senderSigningKey(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) PickledInboundGroupSession.prototype[Symbol.dispose] = PickledInboundGroupSession.prototype.free;
var PickledSession = class _PickledSession {
  static __unwrap(jsValue) {
    if (!(jsValue instanceof _PickledSession)) {
      return 0;
    }
    return jsValue.__destroy_into_raw();
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    PickledSessionFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_pickledsession_free(ptr, 0);
  }
  /**
   * Was the session created using a fallback key?
   * @returns {boolean}
   */
  get createdUsingFallbackKey() {
    const ret = wasm.__wbg_get_pickledsession_createdUsingFallbackKey(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * When the session was created.
   * @returns {Date}
   */
  get creationTime() {
    const ret = wasm.__wbg_get_pickledsession_creationTime(this.__wbg_ptr);
    return ret;
  }
  /**
   * When the session was last used.
   * @returns {Date}
   */
  get lastUseTime() {
    const ret = wasm.__wbg_get_pickledsession_lastUseTime(this.__wbg_ptr);
    return ret;
  }
  /**
   * The pickle string holding the Olm Session, as returned by
   * `olm_pickle_session` in libolm.
   * @returns {string}
   */
  get pickle() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_pickledsession_pickle(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The base64-encoded public curve25519 key of the other user that we share
   * this session with.
   * @returns {string}
   */
  get senderKey() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_pickledsession_senderKey(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Construct a new `PickledSession`, with default values.
   */
  constructor() {
    const ret = wasm.pickledsession_new();
    this.__wbg_ptr = ret;
    PickledSessionFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Was the session created using a fallback key?
   * @param {boolean} arg0
   */
  set createdUsingFallbackKey(arg0) {
    wasm.__wbg_set_pickledsession_createdUsingFallbackKey(this.__wbg_ptr, arg0);
  }
  /**
   * When the session was created.
   * @param {Date} arg0
   */
  set creationTime(arg0) {
    wasm.__wbg_set_pickledsession_creationTime(this.__wbg_ptr, arg0);
  }
  /**
   * When the session was last used.
   * @param {Date} arg0
   */
  set lastUseTime(arg0) {
    wasm.__wbg_set_pickledsession_lastUseTime(this.__wbg_ptr, arg0);
  }
  /**
   * The pickle string holding the Olm Session, as returned by
   * `olm_pickle_session` in libolm.
   * @param {string} arg0
   */
  set pickle(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_pickledsession_pickle(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The base64-encoded public curve25519 key of the other user that we share
   * this session with.
   * @param {string} arg0
   */
  set senderKey(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_pickledsession_senderKey(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) PickledSession.prototype[Symbol.dispose] = PickledSession.prototype.free;
var PkDecryption = class _PkDecryption {
  static __wrap(ptr) {
    const obj = Object.create(_PkDecryption.prototype);
    obj.__wbg_ptr = ptr;
    PkDecryptionFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    PkDecryptionFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_pkdecryption_free(ptr, 0);
  }
  /**
   * Decrypts an encrypted message and returns the plaintext as a UTF-8
   * string.
   * @param {PkMessage} message
   * @returns {string}
   */
  decryptString(message) {
    let deferred2_0;
    let deferred2_1;
    try {
      _assertClass(message, PkMessage);
      const ret = wasm.pkdecryption_decryptString(this.__wbg_ptr, message.__wbg_ptr);
      var ptr1 = ret[0];
      var len1 = ret[1];
      if (ret[3]) {
        ptr1 = 0;
        len1 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred2_0 = ptr1;
      deferred2_1 = len1;
      return getStringFromWasm0(ptr1, len1);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  /**
   * Decrypts an encrypted message and returns the raw `Uint8Array`.
   * @param {PkMessage} message
   * @returns {Uint8Array}
   */
  decrypt(message) {
    _assertClass(message, PkMessage);
    const ret = wasm.pkdecryption_decrypt(this.__wbg_ptr, message.__wbg_ptr);
    if (ret[3]) {
      throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
  /**
   * Creates a `PkDecryption` instance from a secret key.
   * @param {Curve25519SecretKey} key
   * @returns {PkDecryption}
   */
  static fromKey(key) {
    _assertClass(key, Curve25519SecretKey);
    const ret = wasm.pkdecryption_fromKey(key.__wbg_ptr);
    return _PkDecryption.__wrap(ret);
  }
  /**
   * Creates a new `PkDecryption` instance with a newly generated key pair.
   */
  constructor() {
    const ret = wasm.pkdecryption_new();
    this.__wbg_ptr = ret;
    PkDecryptionFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Returns the public key associated with this decryption instance.
   *
   * This can be used to construct a {@link PkEncryption} object to encrypt a
   * message for this `PkDecryption` object.
   * @returns {Curve25519PublicKey}
   */
  publicKey() {
    const ret = wasm.pkdecryption_publicKey(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
  /**
   * Returns the secret key associated with this `PkDecryption` instance.
   * @returns {Curve25519SecretKey}
   */
  secretKey() {
    const ret = wasm.pkdecryption_secretKey(this.__wbg_ptr);
    return Curve25519SecretKey.__wrap(ret);
  }
};
if (Symbol.dispose) PkDecryption.prototype[Symbol.dispose] = PkDecryption.prototype.free;
var PkEncryption = class _PkEncryption {
  static __wrap(ptr) {
    const obj = Object.create(_PkEncryption.prototype);
    obj.__wbg_ptr = ptr;
    PkEncryptionFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    PkEncryptionFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_pkencryption_free(ptr, 0);
  }
  /**
   * Encrypts a string message and returns an encrypted {@link PkMessage}.
   * @param {string} message
   * @returns {PkMessage}
   */
  encryptString(message) {
    const ptr0 = passStringToWasm0(message, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.pkencryption_encryptString(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return PkMessage.__wrap(ret[0]);
  }
  /**
   * Encrypts a byte message and returns an encrypted {@link PkMessage}.
   * @param {Uint8Array} message
   * @returns {PkMessage}
   */
  encrypt(message) {
    const ptr0 = passArray8ToWasm0(message, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.pkencryption_encrypt(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return PkMessage.__wrap(ret[0]);
  }
  /**
   * Creates a new `PkEncryption` instance from a public key.
   * @param {Curve25519PublicKey} public_key
   * @returns {PkEncryption}
   */
  static fromKey(public_key) {
    _assertClass(public_key, Curve25519PublicKey);
    const ret = wasm.pkencryption_fromKey(public_key.__wbg_ptr);
    return _PkEncryption.__wrap(ret);
  }
};
if (Symbol.dispose) PkEncryption.prototype[Symbol.dispose] = PkEncryption.prototype.free;
var PkMessage = class _PkMessage {
  static __wrap(ptr) {
    const obj = Object.create(_PkMessage.prototype);
    obj.__wbg_ptr = ptr;
    PkMessageFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    PkMessageFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_pkmessage_free(ptr, 0);
  }
  /**
   * Returns the raw ciphertext as a `Uint8Array`.
   * @returns {Uint8Array}
   */
  ciphertext() {
    const ret = wasm.pkmessage_ciphertext(this.__wbg_ptr);
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
  /**
   * Returns the ephemeral public key used during encryption.
   * @returns {Curve25519PublicKey}
   */
  ephemeralKey() {
    const ret = wasm.pkmessage_ephemeralKey(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
  /**
   * Constructs a `PkMessage` from a base64-encoded representation.
   * @param {Base64EncodedPkMessage} message
   * @returns {PkMessage}
   */
  static fromBase64(message) {
    _assertClass(message, Base64EncodedPkMessage);
    const ret = wasm.pkmessage_fromBase64(message.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _PkMessage.__wrap(ret[0]);
  }
  /**
   * Constructs a `PkMessage` from its parts: ciphertext, MAC, and ephemeral
   * key.
   * @param {Uint8Array} ciphertext
   * @param {Uint8Array} mac
   * @param {Curve25519PublicKey} ephemeral_key
   * @returns {PkMessage}
   */
  static fromParts(ciphertext, mac, ephemeral_key) {
    const ptr0 = passArray8ToWasm0(ciphertext, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passArray8ToWasm0(mac, wasm.__wbindgen_malloc);
    const len1 = WASM_VECTOR_LEN;
    _assertClass(ephemeral_key, Curve25519PublicKey);
    const ret = wasm.pkmessage_fromParts(ptr0, len0, ptr1, len1, ephemeral_key.__wbg_ptr);
    return _PkMessage.__wrap(ret);
  }
  /**
   * Returns the raw message authentication code (MAC) as a `Uint8Array`.
   * @returns {Uint8Array}
   */
  mac() {
    const ret = wasm.pkmessage_mac(this.__wbg_ptr);
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
  /**
   * Converts the `PkMessage` into a base64-encoded representation.
   * @returns {Base64EncodedPkMessage}
   */
  toBase64() {
    const ret = wasm.pkmessage_toBase64(this.__wbg_ptr);
    return Base64EncodedPkMessage.__wrap(ret);
  }
};
if (Symbol.dispose) PkMessage.prototype[Symbol.dispose] = PkMessage.prototype.free;
var PlainTextToDeviceEvent = class _PlainTextToDeviceEvent {
  static __wrap(ptr) {
    const obj = Object.create(_PlainTextToDeviceEvent.prototype);
    obj.__wbg_ptr = ptr;
    PlainTextToDeviceEventFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    PlainTextToDeviceEventFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_plaintexttodeviceevent_free(ptr, 0);
  }
  /**
   * The to-device message, containing `type`, `sender` and `content` fields,
   * encoded as JSON.
   * @returns {string}
   */
  get rawEvent() {
    const ret = wasm.__wbg_get_plaintexttodeviceevent_rawEvent(this.__wbg_ptr);
    return ret;
  }
  /**
   * The type of processed to-device event. Always {@link
   * ProcessedToDeviceEventType.PlainText} for this type.
   * @returns {ProcessedToDeviceEventType}
   */
  get type() {
    const ret = wasm.plaintexttodeviceevent_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) PlainTextToDeviceEvent.prototype[Symbol.dispose] = PlainTextToDeviceEvent.prototype.free;
var ProcessedToDeviceEventType = Object.freeze({
  /**
   * A successfully-decrypted encrypted to-device message.
   */
  Decrypted: 0,
  "0": "Decrypted",
  /**
   * An encrypted to-device message which could not be decrypted.
   */
  UnableToDecrypt: 1,
  "1": "UnableToDecrypt",
  /**
   * An unencrypted to-device message (sent in clear).
   */
  PlainText: 2,
  "2": "PlainText",
  /**
   * An invalid to-device message that was ignored because it is missing some
   * required information to be processed (like no event `type` for
   * example)
   */
  Invalid: 3,
  "3": "Invalid"
});
var PutDehydratedDeviceRequest = class _PutDehydratedDeviceRequest {
  static __wrap(ptr) {
    const obj = Object.create(_PutDehydratedDeviceRequest.prototype);
    obj.__wbg_ptr = ptr;
    PutDehydratedDeviceRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    PutDehydratedDeviceRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_putdehydrateddevicerequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the rest of the payload: `rooms`.
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_putdehydrateddevicerequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `PutDehydratedDeviceRequest`
   * @param {string} body
   */
  constructor(body) {
    const ret = wasm.putdehydrateddevicerequest_new(body);
    this.__wbg_ptr = ret;
    PutDehydratedDeviceRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
};
if (Symbol.dispose) PutDehydratedDeviceRequest.prototype[Symbol.dispose] = PutDehydratedDeviceRequest.prototype.free;
var Qr = class _Qr {
  static __wrap(ptr) {
    const obj = Object.create(_Qr.prototype);
    obj.__wbg_ptr = ptr;
    QrFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    QrFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_qr_free(ptr, 0);
  }
  /**
   * Get info about the cancellation if the verification flow has
   * been cancelled.
   * @returns {CancelInfo | undefined}
   */
  cancelInfo() {
    const ret = wasm.qr_cancelInfo(this.__wbg_ptr);
    return ret === 0 ? void 0 : CancelInfo.__wrap(ret);
  }
  /**
   * Cancel the verification.
   *
   * This cancels the verification with given code (e.g. `m.user`).
   *
   * Returns either an `OutgoingVerificationRequest` which should be sent
   * out, or `undefined` if the verification is already cancelled.
   * @param {string} code
   * @returns {OutgoingVerificationRequest | undefined}
   */
  cancelWithCode(code) {
    const ptr0 = passStringToWasm0(code, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.qr_cancelWithCode(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Cancel the verification flow.
   *
   * Returns either an `OutgoingVerificationRequest` which should be sent
   * out, or `undefined` if the verification is already cancelled.
   * @returns {OutgoingVerificationRequest | undefined}
   */
  cancel() {
    const ret = wasm.qr_cancel(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Confirm that the other side has scanned our QR code.
   *
   * Returns either an `OutgoingVerificationRequest` which should be sent
   * out, or `undefined` if the verification is already confirmed.
   * @returns {OutgoingVerificationRequest | undefined}
   */
  confirmScanning() {
    const ret = wasm.qr_confirmScanning(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Get the unique ID that identifies this QR verification flow,
   * be either a to-device request ID or a room event ID.
   * @returns {string}
   */
  get flowId() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.qr_flowId(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Has the scanning of the QR code been confirmed by us?
   * @returns {boolean}
   */
  hasBeenConfirmed() {
    const ret = wasm.qr_hasBeenConfirmed(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Has the QR verification been scanned by the other side.
   *
   * When the verification object is in this state it’s required
   * that the user confirms that the other side has scanned the QR
   * code.
   * @returns {boolean}
   */
  hasBeenScanned() {
    const ret = wasm.qr_hasBeenScanned(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Has the verification flow been cancelled?
   * @returns {boolean}
   */
  isCancelled() {
    const ret = wasm.qr_isCancelled(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Has the verification flow completed?
   * @returns {boolean}
   */
  isDone() {
    const ret = wasm.qr_isDone(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this a verification that is verifying one of our own devices?
   * @returns {boolean}
   */
  isSelfVerification() {
    const ret = wasm.qr_isSelfVerification(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get the device ID of the other side.
   * @returns {DeviceId}
   */
  get otherDeviceId() {
    const ret = wasm.qr_otherDeviceId(this.__wbg_ptr);
    return DeviceId.__wrap(ret);
  }
  /**
   * Get the user id of the other user that is participating in
   * this verification flow.
   * @returns {UserId}
   */
  get otherUserId() {
    const ret = wasm.qr_otherUserId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * Notify the other side that we have successfully scanned the QR
   * code and that the QR verification flow can start.
   *
   * This will return some OutgoingContent if the object is in the
   * correct state to start the verification flow, otherwise None.
   * @returns {OutgoingVerificationRequest | undefined}
   */
  reciprocate() {
    const ret = wasm.qr_reciprocate(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Have we successfully scanned the QR code and are able to send
   * a reciprocation event?
   * @returns {boolean}
   */
  reciprocated() {
    const ret = wasm.qr_reciprocated(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Register a callback which will be called whenever there is an update to
   * the request
   *
   * The `callback` is called with no parameters.
   * @param {() => Promise<void>} callback
   */
  registerChangesCallback(callback) {
    wasm.qr_registerChangesCallback(this.__wbg_ptr, callback);
  }
  /**
   * Get the room id if the verification is happening inside a
   * room.
   * @returns {RoomId | undefined}
   */
  get roomId() {
    const ret = wasm.qr_roomId(this.__wbg_ptr);
    return ret === 0 ? void 0 : RoomId.__wrap(ret);
  }
  /**
   * Get the current state of this request.
   *
   * Returns a `QrState`.
   * @returns {QrState}
   */
  state() {
    const ret = wasm.qr_state(this.__wbg_ptr);
    return ret;
  }
  /**
   * Generate a the raw bytes that should be encoded as a QR code
   * is representing this verification flow.
   *
   * The `to_qr_code` method can be used to instead output a QrCode
   * object that can be rendered.
   * @returns {Uint8ClampedArray}
   */
  toBytes() {
    const ret = wasm.qr_toBytes(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Generate a QR code object that is representing this
   * verification flow.
   *
   * The QrCode can then be rendered as an image or as an unicode
   * string.
   *
   * The `to_bytes` method can be used to instead output the raw
   * bytes that should be encoded as a QR code.
   *
   * Returns a `QrCode`.
   * @returns {QrCode}
   */
  toQrCode() {
    const ret = wasm.qr_toQrCode(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return QrCode.__wrap(ret[0]);
  }
  /**
   * Get our own user ID.
   * @returns {UserId}
   */
  get userId() {
    const ret = wasm.qr_userId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * Did we initiate the verification request?
   * @returns {boolean}
   */
  weStarted() {
    const ret = wasm.qr_weStarted(this.__wbg_ptr);
    return ret !== 0;
  }
};
if (Symbol.dispose) Qr.prototype[Symbol.dispose] = Qr.prototype.free;
var QrCode = class _QrCode {
  static __wrap(ptr) {
    const obj = Object.create(_QrCode.prototype);
    obj.__wbg_ptr = ptr;
    QrCodeFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    QrCodeFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_qrcode_free(ptr, 0);
  }
  /**
   * Render the QR code into a `Uint8ClampedArray` where 1 represents a
   * dark pixel and 0 a white pixel.
   * @returns {Uint8ClampedArray}
   */
  renderIntoBuffer() {
    const ret = wasm.qrcode_renderIntoBuffer(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
};
if (Symbol.dispose) QrCode.prototype[Symbol.dispose] = QrCode.prototype.free;
var QrCodeData = class _QrCodeData {
  static __wrap(ptr) {
    const obj = Object.create(_QrCodeData.prototype);
    obj.__wbg_ptr = ptr;
    QrCodeDataFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    QrCodeDataFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_qrcodedata_free(ptr, 0);
  }
  /**
   * Attempt to decode a base64 encoded string into a {@link QrCodeData}
   * object.
   * @param {string} data
   * @returns {QrCodeData}
   */
  static fromBase64(data) {
    const ptr0 = passStringToWasm0(data, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.qrcodedata_fromBase64(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _QrCodeData.__wrap(ret[0]);
  }
  /**
   * Attempt to decode a slice of bytes into a {@link QrCodeData} object.
   *
   * The slice of bytes would generally be returned by a QR code decoder.
   * @param {Uint8Array} bytes
   * @returns {QrCodeData}
   */
  static fromBytes(bytes) {
    const ptr0 = passArray8ToWasm0(bytes, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.qrcodedata_fromBytes(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _QrCodeData.__wrap(ret[0]);
  }
  /**
   * Get the intent-specific data embedded in the {@link QrCodeData}.
   * @returns {QrCodeIntentData}
   */
  get intentData() {
    const ret = wasm.qrcodedata_intentData(this.__wbg_ptr);
    return QrCodeIntentData.__wrap(ret);
  }
  /**
   * Get the mode of this {@link QrCodeData} instance.
   * @returns {QrCodeIntent}
   */
  get mode() {
    const ret = wasm.qrcodedata_mode(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create new {@link QrCodeData} from a given public key, a rendezvous ID
   * and, a base homeserver URL.
   *
   * This creates a QR code which conforms to
   * {@link https://github.com/matrix-org/matrix-spec-proposals/pull/4388 MSC4388} of the data
   * format for QR login.
   * @param {Curve25519PublicKey} public_key
   * @param {string} rendezvous_id
   * @param {string} base_url
   * @param {QrCodeIntent} intent
   * @returns {QrCodeData}
   */
  static newMsc4388(public_key, rendezvous_id, base_url, intent) {
    _assertClass(public_key, Curve25519PublicKey);
    var ptr0 = public_key.__destroy_into_raw();
    const ptr1 = passStringToWasm0(rendezvous_id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(base_url, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len2 = WASM_VECTOR_LEN;
    const ret = wasm.qrcodedata_newMsc4388(ptr0, ptr1, len1, ptr2, len2, intent);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _QrCodeData.__wrap(ret[0]);
  }
  /**
   * Create new {@link QrCodeData} from a given public key, a rendezvous URL
   * and, optionally, a server name for the homeserver.
   *
   * If a server name is given, then the {@link QrCodeData} mode will be
   * {@link QrCodeIntent.Reciprocate}, i.e. the QR code will contain data for
   * the existing device to display the QR code.
   *
   * If no server name is given, the {@link QrCodeData} mode will be
   * {@link QrCodeIntent.Login}, i.e. the QR code will contain data for the
   * new device to display the QR code.
   * @param {Curve25519PublicKey} public_key
   * @param {string} rendezvous_url
   * @param {string | null} [server_name]
   */
  constructor(public_key, rendezvous_url, server_name) {
    _assertClass(public_key, Curve25519PublicKey);
    var ptr0 = public_key.__destroy_into_raw();
    const ptr1 = passStringToWasm0(rendezvous_url, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    var ptr2 = isLikeNone(server_name) ? 0 : passStringToWasm0(server_name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len2 = WASM_VECTOR_LEN;
    const ret = wasm.qrcodedata_new(ptr0, ptr1, len1, ptr2, len2);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    QrCodeDataFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get the Curve25519 public key embedded in the {@link QrCodeData}.
   *
   * This Curve25519 public key should be used to establish an
   * [HPKE](https://www.rfc-editor.org/rfc/rfc9180.html)
   * (Hybrid Public Key Encryption) channel with the other device.
   * @returns {Curve25519PublicKey}
   */
  get publicKey() {
    const ret = wasm.qrcodedata_publicKey(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
  /**
   * Get the URL of the rendezvous server which will be used to exchange
   * messages between the two devices.
   * @returns {string | undefined}
   */
  get rendezvousUrl() {
    const ret = wasm.qrcodedata_rendezvousUrl(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Get the server name of the homeserver which the new device will be
   * logged in to.
   *
   * This will be only available if the existing device has generated the QR
   * code and the new device is the one scanning the QR code.
   * @returns {string | undefined}
   */
  get serverName() {
    const ret = wasm.qrcodedata_serverName(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Encode the {@link QrCodeData} into a string using base64.
   *
   * This format can be used for debugging purposes and the
   * [`QrcodeData::from_base64()`] method can be used to parse the string
   * again.
   * @returns {string}
   */
  toBase64() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.qrcodedata_toBase64(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Encode the {@link QrCodeData} into a list of bytes.
   *
   * The list of bytes can be used by a QR code generator to create an image
   * containing a QR code.
   * @returns {Uint8Array}
   */
  toBytes() {
    const ret = wasm.qrcodedata_toBytes(this.__wbg_ptr);
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
};
if (Symbol.dispose) QrCodeData.prototype[Symbol.dispose] = QrCodeData.prototype.free;
var QrCodeIntent = Object.freeze({
  /**
   * The new device is displaying the QR code.
   */
  Login: 0,
  "0": "Login",
  /**
   * The existing device is displaying the QR code.
   */
  Reciprocate: 1,
  "1": "Reciprocate"
});
var QrCodeIntentData = class _QrCodeIntentData {
  static __wrap(ptr) {
    const obj = Object.create(_QrCodeIntentData.prototype);
    obj.__wbg_ptr = ptr;
    QrCodeIntentDataFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    QrCodeIntentDataFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_qrcodeintentdata_free(ptr, 0);
  }
  /**
   * The MSC4108-specific intent data.
   *
   * This will not be `null` only if the {@link QrCodeData} contains data as
   * specified in the QR code format of MSC4108. Otherwise it will contain
   * MSC4388-specific intent data.
   * @returns {Msc4108IntentData | undefined}
   */
  get msc4108() {
    const ret = wasm.__wbg_get_qrcodeintentdata_msc4108(this.__wbg_ptr);
    return ret === 0 ? void 0 : Msc4108IntentData.__wrap(ret);
  }
  /**
   * The MSC4833-specific intent data.
   *
   * This will not be `null` only if the {@link QrCodeData} contains data as
   * specified in the QR code format of MSC4388. Otherwise it will contain
   * MSC4108-specific intent data.
   * @returns {Msc4388IntentData | undefined}
   */
  get msc4388() {
    const ret = wasm.__wbg_get_qrcodeintentdata_msc4388(this.__wbg_ptr);
    return ret === 0 ? void 0 : Msc4388IntentData.__wrap(ret);
  }
  /**
   * The MSC4108-specific intent data.
   *
   * This will not be `null` only if the {@link QrCodeData} contains data as
   * specified in the QR code format of MSC4108. Otherwise it will contain
   * MSC4388-specific intent data.
   * @param {Msc4108IntentData | null} [arg0]
   */
  set msc4108(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, Msc4108IntentData);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_qrcodeintentdata_msc4108(this.__wbg_ptr, ptr0);
  }
  /**
   * The MSC4833-specific intent data.
   *
   * This will not be `null` only if the {@link QrCodeData} contains data as
   * specified in the QR code format of MSC4388. Otherwise it will contain
   * MSC4108-specific intent data.
   * @param {Msc4388IntentData | null} [arg0]
   */
  set msc4388(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, Msc4388IntentData);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_qrcodeintentdata_msc4388(this.__wbg_ptr, ptr0);
  }
};
if (Symbol.dispose) QrCodeIntentData.prototype[Symbol.dispose] = QrCodeIntentData.prototype.free;
var QrCodeScan = class _QrCodeScan {
  static __wrap(ptr) {
    const obj = Object.create(_QrCodeScan.prototype);
    obj.__wbg_ptr = ptr;
    QrCodeScanFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    QrCodeScanFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_qrcodescan_free(ptr, 0);
  }
  /**
   * Parse the decoded payload of a QR code in byte slice form.
   *
   * This method is useful if you would like to do your own custom QR code
   * decoding.
   * @param {Uint8ClampedArray} buffer
   * @returns {QrCodeScan}
   */
  static fromBytes(buffer) {
    const ret = wasm.qrcodescan_fromBytes(buffer);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _QrCodeScan.__wrap(ret[0]);
  }
};
if (Symbol.dispose) QrCodeScan.prototype[Symbol.dispose] = QrCodeScan.prototype.free;
var QrState = Object.freeze({
  /**
   * We have received the other device's details (from the
   * `m.key.verification.request` or `m.key.verification.ready`) and
   * established the shared secret, so can
   * display the QR code.
   */
  Created: 0,
  "0": "Created",
  /**
   * The other side has scanned our QR code and sent an
   * `m.key.verification.start` message with `method: m.reciprocate.v1` with
   * matching shared secret.
   */
  Scanned: 1,
  "1": "Scanned",
  /**
   * Our user has confirmed that the other device scanned successfully. We
   * have sent an `m.key.verification.done`.
   */
  Confirmed: 2,
  "2": "Confirmed",
  /**
   * We have scanned the other side's QR code and are able to send a
   * `m.key.verification.start` message with `method: m.reciprocate.v1`.
   *
   * Call `Qr::reciprocate` to build the start message.
   *
   * Note that, despite the name of this state, we have not necessarily
   * yet sent the `m.reciprocate.v1` message.
   */
  Reciprocated: 3,
  "3": "Reciprocated",
  /**
   * Verification complete: we have received an `m.key.verification.done`
   * from the other side.
   */
  Done: 4,
  "4": "Done",
  /**
   * Verification cancelled or failed.
   */
  Cancelled: 5,
  "5": "Cancelled"
});
var RehydratedDevice = class _RehydratedDevice {
  static __wrap(ptr) {
    const obj = Object.create(_RehydratedDevice.prototype);
    obj.__wbg_ptr = ptr;
    RehydratedDeviceFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RehydratedDeviceFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_rehydrateddevice_free(ptr, 0);
  }
  /**
   * Receive the to-device events that sent to the dehydrated device
   *
   * The rehydrated device will decrypt the events and pass the room keys
   * into the `OlmMachine`.
   *
   * # Arguments
   *
   * * `to_device_events` is a JSON-encoded result of the `events` array from
   *   `/dehydrated_device/{device_id}/events`.
   * * `decryption_settings`: Optionally, the settings to use when decrypting
   *   to-device events. If not set, to-device events will be decrypted with
   *   a {@link TrustRequirement} of `Untrusted`.
   *
   * Returns an array of `RoomKeyInfo`, indicating the room keys that were
   * received.
   * @param {string} to_device_events
   * @param {DecryptionSettings | null} [decryption_settings]
   * @returns {Promise<RoomKeyInfo[]>}
   */
  receiveEvents(to_device_events, decryption_settings) {
    const ptr0 = passStringToWasm0(to_device_events, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    let ptr1 = 0;
    if (!isLikeNone(decryption_settings)) {
      _assertClass(decryption_settings, DecryptionSettings);
      ptr1 = decryption_settings.__destroy_into_raw();
    }
    const ret = wasm.rehydrateddevice_receiveEvents(this.__wbg_ptr, ptr0, len0, ptr1);
    return ret;
  }
};
if (Symbol.dispose) RehydratedDevice.prototype[Symbol.dispose] = RehydratedDevice.prototype.free;
var RequestType = Object.freeze({
  /**
   * Represents a `KeysUploadRequest`.
   */
  KeysUpload: 0,
  "0": "KeysUpload",
  /**
   * Represents a `KeysQueryRequest`.
   */
  KeysQuery: 1,
  "1": "KeysQuery",
  /**
   * Represents a `KeysClaimRequest`.
   */
  KeysClaim: 2,
  "2": "KeysClaim",
  /**
   * Represents a `ToDeviceRequest`.
   */
  ToDevice: 3,
  "3": "ToDevice",
  /**
   * Represents a `SignatureUploadRequest`.
   */
  SignatureUpload: 4,
  "4": "SignatureUpload",
  /**
   * Represents a `RoomMessageRequest`.
   */
  RoomMessage: 5,
  "5": "RoomMessage",
  /**
   * Represents a `KeysBackupRequest`.
   */
  KeysBackup: 6,
  "6": "KeysBackup"
});
var RoomId = class _RoomId {
  static __wrap(ptr) {
    const obj = Object.create(_RoomId.prototype);
    obj.__wbg_ptr = ptr;
    RoomIdFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  static __unwrap(jsValue) {
    if (!(jsValue instanceof _RoomId)) {
      return 0;
    }
    return jsValue.__destroy_into_raw();
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomIdFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roomid_free(ptr, 0);
  }
  /**
   * Parse/validate and create a new `RoomId`.
   * @param {string} id
   */
  constructor(id) {
    const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.roomid_new(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    RoomIdFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Return the room ID as a string.
   * @returns {string}
   */
  toString() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.roomid_toString(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) RoomId.prototype[Symbol.dispose] = RoomId.prototype.free;
var RoomKeyCounts = class _RoomKeyCounts {
  static __wrap(ptr) {
    const obj = Object.create(_RoomKeyCounts.prototype);
    obj.__wbg_ptr = ptr;
    RoomKeyCountsFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomKeyCountsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roomkeycounts_free(ptr, 0);
  }
  /**
   * The number of backed up room keys.
   * @returns {number}
   */
  get backedUp() {
    const ret = wasm.__wbg_get_roomkeycounts_backedUp(this.__wbg_ptr);
    return ret;
  }
  /**
   * The total number of room keys.
   * @returns {number}
   */
  get total() {
    const ret = wasm.__wbg_get_roomkeycounts_total(this.__wbg_ptr);
    return ret;
  }
  /**
   * The number of backed up room keys.
   * @param {number} arg0
   */
  set backedUp(arg0) {
    wasm.__wbg_set_roomkeycounts_backedUp(this.__wbg_ptr, arg0);
  }
  /**
   * The total number of room keys.
   * @param {number} arg0
   */
  set total(arg0) {
    wasm.__wbg_set_roomkeycounts_total(this.__wbg_ptr, arg0);
  }
};
if (Symbol.dispose) RoomKeyCounts.prototype[Symbol.dispose] = RoomKeyCounts.prototype.free;
var RoomKeyImportResult = class _RoomKeyImportResult {
  static __wrap(ptr) {
    const obj = Object.create(_RoomKeyImportResult.prototype);
    obj.__wbg_ptr = ptr;
    RoomKeyImportResultFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomKeyImportResultFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roomkeyimportresult_free(ptr, 0);
  }
  /**
   * The number of room keys that were imported.
   * @returns {number}
   */
  get importedCount() {
    const ret = wasm.__wbg_get_roomkeyimportresult_importedCount(this.__wbg_ptr);
    return ret >>> 0;
  }
  /**
   * The total number of room keys that were found in the export.
   * @returns {number}
   */
  get totalCount() {
    const ret = wasm.__wbg_get_roomkeyimportresult_totalCount(this.__wbg_ptr);
    return ret >>> 0;
  }
  /**
   * The keys that were imported.
   *
   * A Map from room id to a Map of the sender key to a Set of session ids.
   *
   * Typescript type: `Map<string, Map<string, Set<string>>`.
   * @returns {Map<string, Map<string, Set<string>>>}
   */
  keys() {
    const ret = wasm.roomkeyimportresult_keys(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) RoomKeyImportResult.prototype[Symbol.dispose] = RoomKeyImportResult.prototype.free;
var RoomKeyInfo = class _RoomKeyInfo {
  static __wrap(ptr) {
    const obj = Object.create(_RoomKeyInfo.prototype);
    obj.__wbg_ptr = ptr;
    RoomKeyInfoFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomKeyInfoFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roomkeyinfo_free(ptr, 0);
  }
  /**
   * The {@link EncryptionAlgorithm} that this key is used for. Will be one
   * of the `m.megolm.*` algorithms.
   * @returns {EncryptionAlgorithm}
   */
  get algorithm() {
    const ret = wasm.roomkeyinfo_algorithm(this.__wbg_ptr);
    return ret;
  }
  /**
   * The room where the key is used.
   * @returns {RoomId}
   */
  get roomId() {
    const ret = wasm.roomkeyinfo_roomId(this.__wbg_ptr);
    return RoomId.__wrap(ret);
  }
  /**
   * The Curve25519 key of the device which initiated the session originally.
   * @returns {Curve25519PublicKey}
   */
  get senderKey() {
    const ret = wasm.roomkeyinfo_senderKey(this.__wbg_ptr);
    return Curve25519PublicKey.__wrap(ret);
  }
  /**
   * The ID of the session that the key is for.
   * @returns {string}
   */
  get sessionId() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.roomkeyinfo_sessionId(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) RoomKeyInfo.prototype[Symbol.dispose] = RoomKeyInfo.prototype.free;
var RoomKeyWithheldInfo = class _RoomKeyWithheldInfo {
  static __wrap(ptr) {
    const obj = Object.create(_RoomKeyWithheldInfo.prototype);
    obj.__wbg_ptr = ptr;
    RoomKeyWithheldInfoFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomKeyWithheldInfoFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roomkeywithheldinfo_free(ptr, 0);
  }
  /**
   * The encryption algorithm of the session that is being withheld.
   *
   * This may be from an `m.room_key.withheld` event, or from a shared room
   * key bundle under MSC4268.
   * @returns {EncryptionAlgorithm}
   */
  get algorithm() {
    const ret = wasm.roomkeywithheldinfo_algorithm(this.__wbg_ptr);
    return ret;
  }
  /**
   * The room ID of the session that is being withheld.
   * @returns {RoomId}
   */
  get roomId() {
    const ret = wasm.roomkeywithheldinfo_roomId(this.__wbg_ptr);
    return RoomId.__wrap(ret);
  }
  /**
   * The User ID of the sender of the withheld information.
   *
   * This may be the sender of an `m.room_key.withheld` event, or the sender
   * of a shared room key bundle under MSC4268.
   * @returns {UserId}
   */
  get sender() {
    const ret = wasm.roomkeywithheldinfo_sender(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * The session ID of the session that is being withheld.
   * @returns {string}
   */
  get sessionId() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.roomkeywithheldinfo_sessionId(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The `code` indicating why the key was withheld, such as `m.unverified`.
   *
   * This may be from an `m.room_key.withheld` event (such as
   * `m.unverified`), or from a shared room key bundle under MSC4268.
   * @returns {string}
   */
  get withheldCode() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.roomkeywithheldinfo_withheldCode(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) RoomKeyWithheldInfo.prototype[Symbol.dispose] = RoomKeyWithheldInfo.prototype.free;
var RoomMessageRequest = class _RoomMessageRequest {
  static __wrap(ptr) {
    const obj = Object.create(_RoomMessageRequest.prototype);
    obj.__wbg_ptr = ptr;
    RoomMessageRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomMessageRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roommessagerequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the message's content.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_roommessagerequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * A string representing the type of event to be sent.
   * @returns {string}
   */
  get event_type() {
    const ret = wasm.__wbg_get_roommessagerequest_event_type(this.__wbg_ptr);
    return ret;
  }
  /**
   * The request ID.
   * @returns {string}
   */
  get id() {
    const ret = wasm.__wbg_get_roommessagerequest_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * A string representing the room to send the event to.
   * @returns {string}
   */
  get room_id() {
    const ret = wasm.__wbg_get_roommessagerequest_room_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * A string representing the transaction ID for this event.
   *
   * Clients should generate an ID unique across requests with the same
   * access token; it will be used by the server to ensure idempotency of
   * requests.
   * @returns {string}
   */
  get txn_id() {
    const ret = wasm.__wbg_get_roommessagerequest_txn_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `RoomMessageRequest`.
   * @param {string} id
   * @param {string} room_id
   * @param {string} txn_id
   * @param {string} event_type
   * @param {string} content
   */
  constructor(id, room_id, txn_id, event_type, content) {
    const ret = wasm.roommessagerequest_new(id, room_id, txn_id, event_type, content);
    this.__wbg_ptr = ret;
    RoomMessageRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get its request type.
   * @returns {RequestType}
   */
  get type() {
    const ret = wasm.roommessagerequest_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) RoomMessageRequest.prototype[Symbol.dispose] = RoomMessageRequest.prototype.free;
var RoomPendingKeyBundleDetails = class _RoomPendingKeyBundleDetails {
  static __wrap(ptr) {
    const obj = Object.create(_RoomPendingKeyBundleDetails.prototype);
    obj.__wbg_ptr = ptr;
    RoomPendingKeyBundleDetailsFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomPendingKeyBundleDetailsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roompendingkeybundledetails_free(ptr, 0);
  }
  /**
   * The time that the invite was accepted.
   * @returns {number}
   */
  get inviteAcceptedAtMillis() {
    const ret = wasm.roompendingkeybundledetails_inviteAcceptedAtMillis(this.__wbg_ptr);
    return ret;
  }
  /**
   * The ID of the user that invited us
   * @returns {UserId}
   */
  get inviterId() {
    const ret = wasm.roompendingkeybundledetails_inviterId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * The room that is waiting for a key bundle.
   * @returns {RoomId}
   */
  get roomId() {
    const ret = wasm.roompendingkeybundledetails_roomId(this.__wbg_ptr);
    return RoomId.__wrap(ret);
  }
};
if (Symbol.dispose) RoomPendingKeyBundleDetails.prototype[Symbol.dispose] = RoomPendingKeyBundleDetails.prototype.free;
var RoomSettings = class _RoomSettings {
  static __wrap(ptr) {
    const obj = Object.create(_RoomSettings.prototype);
    obj.__wbg_ptr = ptr;
    RoomSettingsFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RoomSettingsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_roomsettings_free(ptr, 0);
  }
  /**
   * The encryption algorithm that should be used in the room.
   *
   * Should be one of the members of {@link EncryptionAlgorithm}.
   * @returns {EncryptionAlgorithm}
   */
  get algorithm() {
    const ret = wasm.__wbg_get_roomsettings_algorithm(this.__wbg_ptr);
    return ret;
  }
  /**
   * Whether state event encryption is enabled.
   * @returns {boolean}
   */
  get encryptStateEvents() {
    const ret = wasm.__wbg_get_roomsettings_encryptStateEvents(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Whether untrusted devices should receive room keys. If this is `false`,
   * they will be excluded from the conversation.
   * @returns {boolean}
   */
  get onlyAllowTrustedDevices() {
    const ret = wasm.__wbg_get_roomsettings_onlyAllowTrustedDevices(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * The maximum number of messages an encryption session should be used for,
   * before it is rotated.
   * @returns {number | undefined}
   */
  get sessionRotationPeriodMessages() {
    const ret = wasm.__wbg_get_roomsettings_sessionRotationPeriodMessages(this.__wbg_ptr);
    return ret[0] === 0 ? void 0 : ret[1];
  }
  /**
   * The maximum time, in milliseconds, that an encryption session should be
   * used for, before it is rotated.
   * @returns {number | undefined}
   */
  get sessionRotationPeriodMs() {
    const ret = wasm.__wbg_get_roomsettings_sessionRotationPeriodMs(this.__wbg_ptr);
    return ret[0] === 0 ? void 0 : ret[1];
  }
  /**
   * Create a new `RoomSettings` with default values.
   */
  constructor() {
    const ret = wasm.roomsettings_new();
    this.__wbg_ptr = ret;
    RoomSettingsFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * The encryption algorithm that should be used in the room.
   *
   * Should be one of the members of {@link EncryptionAlgorithm}.
   * @param {EncryptionAlgorithm} arg0
   */
  set algorithm(arg0) {
    wasm.__wbg_set_roomsettings_algorithm(this.__wbg_ptr, arg0);
  }
  /**
   * Whether state event encryption is enabled.
   * @param {boolean} arg0
   */
  set encryptStateEvents(arg0) {
    wasm.__wbg_set_roomsettings_encryptStateEvents(this.__wbg_ptr, arg0);
  }
  /**
   * Whether untrusted devices should receive room keys. If this is `false`,
   * they will be excluded from the conversation.
   * @param {boolean} arg0
   */
  set onlyAllowTrustedDevices(arg0) {
    wasm.__wbg_set_roomsettings_onlyAllowTrustedDevices(this.__wbg_ptr, arg0);
  }
  /**
   * The maximum number of messages an encryption session should be used for,
   * before it is rotated.
   * @param {number | null} [arg0]
   */
  set sessionRotationPeriodMessages(arg0) {
    wasm.__wbg_set_roomsettings_sessionRotationPeriodMessages(this.__wbg_ptr, !isLikeNone(arg0), isLikeNone(arg0) ? 0 : arg0);
  }
  /**
   * The maximum time, in milliseconds, that an encryption session should be
   * used for, before it is rotated.
   * @param {number | null} [arg0]
   */
  set sessionRotationPeriodMs(arg0) {
    wasm.__wbg_set_roomsettings_sessionRotationPeriodMs(this.__wbg_ptr, !isLikeNone(arg0), isLikeNone(arg0) ? 0 : arg0);
  }
};
if (Symbol.dispose) RoomSettings.prototype[Symbol.dispose] = RoomSettings.prototype.free;
var Sas = class _Sas {
  static __wrap(ptr) {
    const obj = Object.create(_Sas.prototype);
    obj.__wbg_ptr = ptr;
    SasFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    SasFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_sas_free(ptr, 0);
  }
  /**
   * Accept the SAS verification.
   *
   * This does nothing (and returns `undefined`) if the verification was
   * already accepted, otherwise it returns an `OutgoingVerificationRequest`
   * that needs to be sent out.
   * @returns {OutgoingVerificationRequest | undefined}
   */
  accept() {
    const ret = wasm.sas_accept(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Are we in a state where we can show the short auth string?
   * @returns {boolean}
   */
  canBePresented() {
    const ret = wasm.sas_canBePresented(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get info about the cancellation if the verification flow has
   * been cancelled.
   * @returns {CancelInfo | undefined}
   */
  cancelInfo() {
    const ret = wasm.sas_cancelInfo(this.__wbg_ptr);
    return ret === 0 ? void 0 : CancelInfo.__wrap(ret);
  }
  /**
   * Cancel the verification.
   *
   * This cancels the verification with given code (e.g. `m.user`).
   *
   * Returns either an `OutgoingVerificationRequest` which should be sent
   * out, or `undefined` if the verification is already cancelled.
   * @param {string} code
   * @returns {OutgoingVerificationRequest | undefined}
   */
  cancelWithCode(code) {
    const ptr0 = passStringToWasm0(code, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.sas_cancelWithCode(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Cancel the verification.
   *
   * Returns either an `OutgoingVerificationRequest` which should be sent
   * out, or `undefined` if the verification is already cancelled.
   * @returns {OutgoingVerificationRequest | undefined}
   */
  cancel() {
    const ret = wasm.sas_cancel(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Confirm the SAS verification.
   *
   * This confirms that the short auth strings match on both sides.
   *
   * Does nothing if we’re not in a state where we can confirm the
   * short auth string.
   *
   * Returns a `Promise` for an array of `OutgoingVerificationRequest`s.
   * @returns {Promise<OutgoingVerificationRequest[]>}
   */
  confirm() {
    const ret = wasm.sas_confirm(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the decimal version of the short auth string.
   *
   * Returns None if we can’t yet present the short auth string,
   * otherwise a tuple containing three 4-digit integers that
   * represent the short auth string.
   * @returns {Uint16Array | undefined}
   */
  decimals() {
    const ret = wasm.sas_decimals(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getArrayU16FromWasm0(ret[0], ret[1]).slice();
      wasm.__wbindgen_free(ret[0], ret[1] * 2, 2);
    }
    return v1;
  }
  /**
   * Get our own device ID.
   * @returns {DeviceId}
   */
  get deviceId() {
    const ret = wasm.sas_deviceId(this.__wbg_ptr);
    return DeviceId.__wrap(ret);
  }
  /**
   * Get the index of the emoji representing the short auth string
   *
   * Returns `undefined` if we can’t yet present the short auth
   * string, otherwise seven `u8` numbers in the range from 0 to 63
   * inclusive which can be converted to an emoji using [the
   * relevant specification
   * entry](https://spec.matrix.org/unstable/client-server-api/#sas-method-emoji).
   * @returns {Uint8Array | undefined}
   */
  emojiIndex() {
    const ret = wasm.sas_emojiIndex(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * Get the emoji version of the short auth string.
   *
   * Returns `undefined` if we can't yet present the short auth string,
   * otherwise an array of seven `Emoji` objects.
   * @returns {Emoji[] | undefined}
   */
  emoji() {
    const ret = wasm.sas_emoji(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
    }
    return v1;
  }
  /**
   * Get the unique ID that identifies this SAS verification flow,
   * be either a to-device request ID or a room event ID.
   * @returns {string}
   */
  get flowId() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.sas_flowId(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Has the verification been accepted by both parties?
   * @returns {boolean}
   */
  hasBeenAccepted() {
    const ret = wasm.sas_hasBeenAccepted(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Have we confirmed that the short auth string matches?
   * @returns {boolean}
   */
  haveWeConfirmed() {
    const ret = wasm.sas_haveWeConfirmed(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is the SAS flow cancelled?
   * @returns {boolean}
   */
  isCancelled() {
    const ret = wasm.sas_isCancelled(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is the SAS flow done?
   * @returns {boolean}
   */
  isDone() {
    const ret = wasm.sas_isDone(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this a verification that is verifying one of our own
   * devices?
   * @returns {boolean}
   */
  isSelfVerification() {
    const ret = wasm.sas_isSelfVerification(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get the device ID of the other side.
   * @returns {DeviceId}
   */
  get otherDeviceId() {
    const ret = wasm.sas_otherDeviceId(this.__wbg_ptr);
    return DeviceId.__wrap(ret);
  }
  /**
   * Get the user id of the other side.
   * @returns {UserId}
   */
  get otherUserId() {
    const ret = wasm.sas_otherUserId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * Register a callback which will be called whenever there is an update to
   * the request.
   *
   * The `callback` is called with no parameters.
   * @param {() => Promise<void>} callback
   */
  registerChangesCallback(callback) {
    wasm.sas_registerChangesCallback(this.__wbg_ptr, callback);
  }
  /**
   * Get the room ID if the verification is happening inside a
   * room.
   * @returns {RoomId | undefined}
   */
  get roomId() {
    const ret = wasm.sas_roomId(this.__wbg_ptr);
    return ret === 0 ? void 0 : RoomId.__wrap(ret);
  }
  /**
   * Did this verification flow start from a verification request?
   * @returns {boolean}
   */
  startedFromRequest() {
    const ret = wasm.sas_startedFromRequest(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Does this verification flow support displaying emoji for the
   * short authentication string?
   * @returns {boolean}
   */
  supportsEmoji() {
    const ret = wasm.sas_supportsEmoji(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Has the SAS verification flow timed out?
   * @returns {boolean}
   */
  timedOut() {
    const ret = wasm.sas_timedOut(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Get our own user ID.
   * @returns {UserId}
   */
  get userId() {
    const ret = wasm.sas_userId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * True if we initiated the verification flow (ie, we sent the
   * `m.key.verification.request`).
   * @returns {boolean}
   */
  weStarted() {
    const ret = wasm.sas_weStarted(this.__wbg_ptr);
    return ret !== 0;
  }
};
if (Symbol.dispose) Sas.prototype[Symbol.dispose] = Sas.prototype.free;
var SecretsBundle = class _SecretsBundle {
  static __wrap(ptr) {
    const obj = Object.create(_SecretsBundle.prototype);
    obj.__wbg_ptr = ptr;
    SecretsBundleFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    SecretsBundleFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_secretsbundle_free(ptr, 0);
  }
  /**
   * The bundle of the backup decryption key and backup version if any.
   * @returns {BackupSecretsBundle | undefined}
   */
  get backupBundle() {
    const ret = wasm.secretsbundle_backupBundle(this.__wbg_ptr);
    return ret === 0 ? void 0 : BackupSecretsBundle.__wrap(ret);
  }
  /**
   * Deserialize the [`SecretsBundle`] from a JSON object.
   * @param {unknown} json
   * @returns {SecretsBundle}
   */
  static from_json(json) {
    const ret = wasm.secretsbundle_from_json(json);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _SecretsBundle.__wrap(ret[0]);
  }
  /**
   * The seed of the master key encoded as unpadded base64.
   * @returns {string}
   */
  get masterKey() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.secretsbundle_masterKey(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The seed of the self signing key encoded as unpadded base64.
   * @returns {string}
   */
  get selfSigningKey() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.secretsbundle_selfSigningKey(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Serialize the [`SecretsBundle`] to a JSON object.
   * @returns {unknown}
   */
  to_json() {
    const ret = wasm.secretsbundle_to_json(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * The seed of the user signing key encoded as unpadded base64.
   * @returns {string}
   */
  get userSigningKey() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.secretsbundle_userSigningKey(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) SecretsBundle.prototype[Symbol.dispose] = SecretsBundle.prototype.free;
var ServerName = class _ServerName {
  static __wrap(ptr) {
    const obj = Object.create(_ServerName.prototype);
    obj.__wbg_ptr = ptr;
    ServerNameFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    ServerNameFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_servername_free(ptr, 0);
  }
  /**
   * Returns the host of the server name.
   *
   * That is: Return the part of the server before `:<port>` or the
   * full server name if there is no port.
   * @returns {string}
   */
  get host() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.servername_host(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Returns true if and only if the server name is an IPv4 or IPv6
   * address.
   * @returns {boolean}
   */
  isIpLiteral() {
    const ret = wasm.servername_isIpLiteral(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Parse/validate and create a new `ServerName`.
   * @param {string} name
   */
  constructor(name) {
    const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.servername_new(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    ServerNameFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Returns the port of the server name if any.
   * @returns {number | undefined}
   */
  get port() {
    const ret = wasm.servername_port(this.__wbg_ptr);
    return ret === 16777215 ? void 0 : ret;
  }
};
if (Symbol.dispose) ServerName.prototype[Symbol.dispose] = ServerName.prototype.free;
var ShieldColor = Object.freeze({
  /**
   * Important warning
   */
  Red: 0,
  "0": "Red",
  /**
   * Low warning
   */
  Grey: 1,
  "1": "Grey",
  /**
   * No warning
   */
  None: 2,
  "2": "None"
});
var ShieldState = class _ShieldState {
  static __wrap(ptr) {
    const obj = Object.create(_ShieldState.prototype);
    obj.__wbg_ptr = ptr;
    ShieldStateFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    ShieldStateFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_shieldstate_free(ptr, 0);
  }
  /**
   * A machine-readable representation of the authenticity for a
   * `ShieldState`.
   * @returns {ShieldStateCode | undefined}
   */
  get code() {
    const ret = wasm.__wbg_get_shieldstate_code(this.__wbg_ptr);
    return ret === 6 ? void 0 : ret;
  }
  /**
   * The shield color
   * @returns {ShieldColor}
   */
  get color() {
    const ret = wasm.__wbg_get_shieldstate_color(this.__wbg_ptr);
    return ret;
  }
  /**
   * A machine-readable representation of the authenticity for a
   * `ShieldState`.
   * @param {ShieldStateCode | null} [arg0]
   */
  set code(arg0) {
    wasm.__wbg_set_shieldstate_code(this.__wbg_ptr, isLikeNone(arg0) ? 6 : arg0);
  }
  /**
   * The shield color
   * @param {ShieldColor} arg0
   */
  set color(arg0) {
    wasm.__wbg_set_shieldstate_color(this.__wbg_ptr, arg0);
  }
  /**
   * Error message that can be displayed as a tooltip
   * @returns {string | undefined}
   */
  get message() {
    const ret = wasm.shieldstate_message(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
};
if (Symbol.dispose) ShieldState.prototype[Symbol.dispose] = ShieldState.prototype.free;
var ShieldStateCode = Object.freeze({
  /**
   * Not enough information available to check the authenticity.
   */
  AuthenticityNotGuaranteed: 0,
  "0": "AuthenticityNotGuaranteed",
  /**
   * The sending device isn't yet known by the Client.
   */
  UnknownDevice: 1,
  "1": "UnknownDevice",
  /**
   * The sending device hasn't been verified by the sender.
   */
  UnsignedDevice: 2,
  "2": "UnsignedDevice",
  /**
   * The sender hasn't been verified by the Client's user.
   */
  UnverifiedIdentity: 3,
  "3": "UnverifiedIdentity",
  /**
   * The sender was previously verified but changed their identity.
   */
  VerificationViolation: 4,
  "4": "VerificationViolation",
  /**
   * The `sender` field on the event does not match the owner of the device
   * that established the Megolm session.
   */
  MismatchedSender: 5,
  "5": "MismatchedSender"
});
var Signature = class _Signature {
  static __wrap(ptr) {
    const obj = Object.create(_Signature.prototype);
    obj.__wbg_ptr = ptr;
    SignatureFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    SignatureFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_signature_free(ptr, 0);
  }
  /**
   * Get the Ed25519 signature, if this is one.
   * @returns {Ed25519Signature | undefined}
   */
  get ed25519() {
    const ret = wasm.signature_ed25519(this.__wbg_ptr);
    return ret === 0 ? void 0 : Ed25519Signature.__wrap(ret);
  }
  /**
   * Convert the signature to a base64 encoded string.
   * @returns {string}
   */
  toBase64() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.signature_toBase64(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) Signature.prototype[Symbol.dispose] = Signature.prototype.free;
var SignatureState = Object.freeze({
  /**
   * The signature is missing.
   */
  Missing: 0,
  "0": "Missing",
  /**
   * The signature is invalid.
   */
  Invalid: 1,
  "1": "Invalid",
  /**
   * The signature is valid but the device or user identity that created the
   * signature is not trusted.
   */
  ValidButNotTrusted: 2,
  "2": "ValidButNotTrusted",
  /**
   * The signature is valid and the device or user identity that created the
   * signature is trusted.
   */
  ValidAndTrusted: 3,
  "3": "ValidAndTrusted"
});
var SignatureUploadRequest = class _SignatureUploadRequest {
  static __wrap(ptr) {
    const obj = Object.create(_SignatureUploadRequest.prototype);
    obj.__wbg_ptr = ptr;
    SignatureUploadRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    SignatureUploadRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_signatureuploadrequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the payload of the request
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_signatureuploadrequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * The request ID.
   * Some signature upload will have to an `id` field, some won't.
   * They have one when they are created automatically during an interactive
   * verification, otherwise they don't.
   * @returns {string | undefined}
   */
  get id() {
    const ret = wasm.__wbg_get_signatureuploadrequest_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `SignatureUploadRequest`.
   * @param {string} id
   * @param {string} signed_keys
   */
  constructor(id, signed_keys) {
    const ret = wasm.signatureuploadrequest_new(id, signed_keys);
    this.__wbg_ptr = ret;
    SignatureUploadRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get its request type.
   * @returns {RequestType}
   */
  get type() {
    const ret = wasm.signatureuploadrequest_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) SignatureUploadRequest.prototype[Symbol.dispose] = SignatureUploadRequest.prototype.free;
var SignatureVerification = class _SignatureVerification {
  static __wrap(ptr) {
    const obj = Object.create(_SignatureVerification.prototype);
    obj.__wbg_ptr = ptr;
    SignatureVerificationFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    SignatureVerificationFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_signatureverification_free(ptr, 0);
  }
  /**
   * Give the backup signature state from the current device.
   * See SignatureState for values
   * @returns {SignatureState}
   */
  get deviceState() {
    const ret = wasm.signatureverification_deviceState(this.__wbg_ptr);
    return ret;
  }
  /**
   * Is the result considered to be trusted?
   *
   * This tells us if the result has a valid signature from any of the
   * following:
   *
   * * Our own device
   * * Our own user identity, provided the identity is trusted as well
   * * Any of our own devices, provided the device is trusted as well
   * @returns {boolean}
   */
  trusted() {
    const ret = wasm.signatureverification_trusted(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Give the backup signature state from the current user identity.
   * See SignatureState for values
   * @returns {SignatureState}
   */
  get userState() {
    const ret = wasm.signatureverification_userState(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) SignatureVerification.prototype[Symbol.dispose] = SignatureVerification.prototype.free;
var Signatures = class _Signatures {
  static __wrap(ptr) {
    const obj = Object.create(_Signatures.prototype);
    obj.__wbg_ptr = ptr;
    SignaturesFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    SignaturesFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_signatures_free(ptr, 0);
  }
  /**
   * Add the given signature from the given signer and the given key ID to
   * the collection.
   * @param {UserId} signer
   * @param {DeviceKeyId} key_id
   * @param {Ed25519Signature} signature
   * @returns {MaybeSignature | undefined}
   */
  addSignature(signer, key_id, signature) {
    _assertClass(signer, UserId);
    _assertClass(key_id, DeviceKeyId);
    _assertClass(signature, Ed25519Signature);
    const ret = wasm.signatures_addSignature(this.__wbg_ptr, signer.__wbg_ptr, key_id.__wbg_ptr, signature.__wbg_ptr);
    return ret === 0 ? void 0 : MaybeSignature.__wrap(ret);
  }
  /**
   * Get the json with all signatures
   * @returns {string}
   */
  asJSON() {
    const ret = wasm.signatures_asJSON(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Remove all the signatures we currently hold.
   */
  clear() {
    wasm.signatures_clear(this.__wbg_ptr);
  }
  /**
   * How many signatures do we currently hold.
   * @returns {number}
   */
  get count() {
    const ret = wasm.signatures_count(this.__wbg_ptr);
    return ret >>> 0;
  }
  /**
   * Try to find an Ed25519 signature from the given signer with
   * the given key ID.
   * @param {UserId} signer
   * @param {DeviceKeyId} key_id
   * @returns {Ed25519Signature | undefined}
   */
  getSignature(signer, key_id) {
    _assertClass(signer, UserId);
    _assertClass(key_id, DeviceKeyId);
    const ret = wasm.signatures_getSignature(this.__wbg_ptr, signer.__wbg_ptr, key_id.__wbg_ptr);
    return ret === 0 ? void 0 : Ed25519Signature.__wrap(ret);
  }
  /**
   * Get the map of signatures that belong to the given user.
   * @param {UserId} signer
   * @returns {Map<string, MaybeSignature> | undefined}
   */
  get(signer) {
    _assertClass(signer, UserId);
    const ret = wasm.signatures_get(this.__wbg_ptr, signer.__wbg_ptr);
    return ret;
  }
  /**
   * Do we hold any signatures or is our collection completely
   * empty.
   * @returns {boolean}
   */
  isEmpty() {
    const ret = wasm.signatures_isEmpty(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Creates a new, empty, signatures collection.
   */
  constructor() {
    const ret = wasm.signatures_new();
    this.__wbg_ptr = ret;
    SignaturesFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
};
if (Symbol.dispose) Signatures.prototype[Symbol.dispose] = Signatures.prototype.free;
var StoreHandle = class _StoreHandle {
  static __wrap(ptr) {
    const obj = Object.create(_StoreHandle.prototype);
    obj.__wbg_ptr = ptr;
    StoreHandleFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    StoreHandleFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_storehandle_free(ptr, 0);
  }
  /**
   * Open a crypto store based on IndexedDB, using the given key for
   * encryption.
   *
   * # Arguments
   *
   * * `store_name` - The name that should be used to open the IndexedDB
   *   based database.
   *
   * * `store_key` - The key that should be used to encrypt the store, for
   *   IndexedDB-based stores. Must be a 32-byte array.
   *
   * * `logger` - An optional logger instance to use for writing log messages
   *   during the open operation. An instance of `JsLogger`.
   * @param {string} store_name
   * @param {Uint8Array} store_key
   * @param {JsLogger} [logger]
   * @returns {Promise<StoreHandle>}
   */
  static openWithKey(store_name, store_key, logger) {
    const ptr0 = passStringToWasm0(store_name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passArray8ToWasm0(store_key, wasm.__wbindgen_malloc);
    const len1 = WASM_VECTOR_LEN;
    const ret = wasm.storehandle_openWithKey(ptr0, len0, ptr1, len1, isLikeNone(logger) ? 0 : addToExternrefTable0(logger));
    return ret;
  }
  /**
   * Open a crypto store.
   *
   * The created store will be based on IndexedDB if a `store_name` is
   * provided; otherwise it will be based on a memory store and once the
   * objects is dropped, the keys will be lost.
   *
   * # Arguments
   *
   * * `store_name` - The name that should be used to open the IndexedDB
   *   based database. If this isn't provided, a memory-only store will be
   *   used. *Note* the memory-only store will lose your E2EE keys when the
   *   `StoreHandle` gets dropped.
   *
   * * `store_passphrase` - The passphrase that should be used to encrypt the
   *   store, for IndexedDB-based stores
   *
   * * `logger` - An optional logger instance to use for writing log messages
   *   during the open operation. An instance of `JsLogger`.
   * @param {string | null | undefined} store_name
   * @param {string | null | undefined} store_passphrase
   * @param {JsLogger} [logger]
   * @returns {Promise<StoreHandle>}
   */
  static open(store_name, store_passphrase, logger) {
    var ptr0 = isLikeNone(store_name) ? 0 : passStringToWasm0(store_name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len0 = WASM_VECTOR_LEN;
    var ptr1 = isLikeNone(store_passphrase) ? 0 : passStringToWasm0(store_passphrase, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len1 = WASM_VECTOR_LEN;
    const ret = wasm.storehandle_open(ptr0, len0, ptr1, len1, isLikeNone(logger) ? 0 : addToExternrefTable0(logger));
    return ret;
  }
};
if (Symbol.dispose) StoreHandle.prototype[Symbol.dispose] = StoreHandle.prototype.free;
var StoredRoomKeyBundleData = class _StoredRoomKeyBundleData {
  static __wrap(ptr) {
    const obj = Object.create(_StoredRoomKeyBundleData.prototype);
    obj.__wbg_ptr = ptr;
    StoredRoomKeyBundleDataFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    StoredRoomKeyBundleDataFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_storedroomkeybundledata_free(ptr, 0);
  }
  /**
   * The JSON-encoded encryption info for the key bundle.
   *
   * @deprecated Should not be used within applications.
   * @returns {string}
   */
  get encryptionInfo() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.storedroomkeybundledata_encryptionInfo(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The room that these keys are for.
   * @returns {RoomId}
   */
  get roomId() {
    const ret = wasm.storedroomkeybundledata_roomId(this.__wbg_ptr);
    return RoomId.__wrap(ret);
  }
  /**
   * The user that sent us this data.
   * @returns {UserId}
   */
  get senderUser() {
    const ret = wasm.storedroomkeybundledata_senderUser(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * The location of the bundle.
   * @returns {string}
   */
  get url() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.storedroomkeybundledata_url(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) StoredRoomKeyBundleData.prototype[Symbol.dispose] = StoredRoomKeyBundleData.prototype.free;
var ToDeviceEncryptionInfo = class _ToDeviceEncryptionInfo {
  static __wrap(ptr) {
    const obj = Object.create(_ToDeviceEncryptionInfo.prototype);
    obj.__wbg_ptr = ptr;
    ToDeviceEncryptionInfoFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    ToDeviceEncryptionInfoFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_todeviceencryptioninfo_free(ptr, 0);
  }
  /**
   * The base64-encoded public Curve25519 key of the device that encrypted
   * the message.
   * @returns {string}
   */
  get senderCurve25519Key() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.__wbg_get_todeviceencryptioninfo_senderCurve25519Key(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * The device ID of the device that sent us the to-device message.
   *
   * Could be `undefined` in the case where the to-device message sender
   * checks are delayed. There is no delay for to-device messages other
   * than `m.room_key`, so this will always be truthy for other
   * message types (the decryption would fail if the sender device keys
   * cannot be found).
   *
   * Note this is untrusted data unless {@link isSenderVerified} is true.
   * @returns {DeviceId | undefined}
   */
  get senderDevice() {
    const ret = wasm.__wbg_get_todeviceencryptioninfo_senderDevice(this.__wbg_ptr);
    return ret === 0 ? void 0 : DeviceId.__wrap(ret);
  }
  /**
   * The user ID of the sender of the event.
   *
   * Note this is untrusted data unless {@link isSenderVerified} is true.
   * @returns {UserId}
   */
  get sender() {
    const ret = wasm.__wbg_get_todeviceencryptioninfo_sender(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * The base64-encoded public Curve25519 key of the device that encrypted
   * the message.
   * @param {string} arg0
   */
  set senderCurve25519Key(arg0) {
    const ptr0 = passStringToWasm0(arg0, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.__wbg_set_todeviceencryptioninfo_senderCurve25519Key(this.__wbg_ptr, ptr0, len0);
  }
  /**
   * The device ID of the device that sent us the to-device message.
   *
   * Could be `undefined` in the case where the to-device message sender
   * checks are delayed. There is no delay for to-device messages other
   * than `m.room_key`, so this will always be truthy for other
   * message types (the decryption would fail if the sender device keys
   * cannot be found).
   *
   * Note this is untrusted data unless {@link isSenderVerified} is true.
   * @param {DeviceId | null} [arg0]
   */
  set senderDevice(arg0) {
    let ptr0 = 0;
    if (!isLikeNone(arg0)) {
      _assertClass(arg0, DeviceId);
      ptr0 = arg0.__destroy_into_raw();
    }
    wasm.__wbg_set_todeviceencryptioninfo_senderDevice(this.__wbg_ptr, ptr0);
  }
  /**
   * The user ID of the sender of the event.
   *
   * Note this is untrusted data unless {@link isSenderVerified} is true.
   * @param {UserId} arg0
   */
  set sender(arg0) {
    _assertClass(arg0, UserId);
    var ptr0 = arg0.__destroy_into_raw();
    wasm.__wbg_set_todeviceencryptioninfo_sender(this.__wbg_ptr, ptr0);
  }
  /**
   * Returns whether the sender device is in a verified state.
   * This reflects the state at the time of decryption.
   * @returns {boolean}
   */
  isSenderVerified() {
    const ret = wasm.todeviceencryptioninfo_isSenderVerified(this.__wbg_ptr);
    return ret !== 0;
  }
};
if (Symbol.dispose) ToDeviceEncryptionInfo.prototype[Symbol.dispose] = ToDeviceEncryptionInfo.prototype.free;
var ToDeviceRequest = class _ToDeviceRequest {
  static __wrap(ptr) {
    const obj = Object.create(_ToDeviceRequest.prototype);
    obj.__wbg_ptr = ptr;
    ToDeviceRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    ToDeviceRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_todevicerequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the rest of the payload: `messages`.
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_todevicerequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * A string representing the type of event being sent to each devices.
   * @returns {string}
   */
  get event_type() {
    const ret = wasm.__wbg_get_todevicerequest_event_type(this.__wbg_ptr);
    return ret;
  }
  /**
   * The request ID.
   * For to-device request this would be the same value as `txn_id`. It is
   * exposed also as `id` so that the js bindings are consistent with the
   * other request types by using this field to mark as sent.
   * @returns {string}
   */
  get id() {
    const ret = wasm.__wbg_get_todevicerequest_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * A string representing a request identifier unique to the access token
   * used to send the request.
   * @returns {string}
   */
  get txn_id() {
    const ret = wasm.__wbg_get_todevicerequest_txn_id(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `ToDeviceRequest`.
   * @param {string} id
   * @param {string} event_type
   * @param {string} txn_id
   * @param {string} body
   */
  constructor(id, event_type, txn_id, body) {
    const ret = wasm.todevicerequest_new(id, event_type, txn_id, body);
    this.__wbg_ptr = ret;
    ToDeviceRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Get its request type.
   * @returns {RequestType}
   */
  get type() {
    const ret = wasm.todevicerequest_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) ToDeviceRequest.prototype[Symbol.dispose] = ToDeviceRequest.prototype.free;
var ToDeviceUnableToDecryptInfo = class _ToDeviceUnableToDecryptInfo {
  static __wrap(ptr) {
    const obj = Object.create(_ToDeviceUnableToDecryptInfo.prototype);
    obj.__wbg_ptr = ptr;
    ToDeviceUnableToDecryptInfoFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    ToDeviceUnableToDecryptInfoFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_todeviceunabletodecryptinfo_free(ptr, 0);
  }
  /**
   * Reason code for the decryption failure
   * @returns {ToDeviceUnableToDecryptReason}
   */
  get reason() {
    const ret = wasm.__wbg_get_todeviceunabletodecryptinfo_reason(this.__wbg_ptr);
    return ret;
  }
  /**
   * Reason code for the decryption failure
   * @param {ToDeviceUnableToDecryptReason} arg0
   */
  set reason(arg0) {
    wasm.__wbg_set_todeviceunabletodecryptinfo_reason(this.__wbg_ptr, arg0);
  }
};
if (Symbol.dispose) ToDeviceUnableToDecryptInfo.prototype[Symbol.dispose] = ToDeviceUnableToDecryptInfo.prototype.free;
var ToDeviceUnableToDecryptReason = Object.freeze({
  /**
   * An error occurred while encrypting the event. This covers all
   * `OlmError` types.
   */
  DecryptionFailure: 0,
  "0": "DecryptionFailure",
  /**
   * We refused to decrypt the message because the sender's device is not
   * verified, or more generally, the sender's identity did not match the
   * trust requirement we were asked to provide.
   */
  UnverifiedSenderDevice: 1,
  "1": "UnverifiedSenderDevice",
  /**
   * We have no `OlmMachine`. This should not happen unless we forget to set
   * things up by calling `OlmMachine::activate()`.
   */
  NoOlmMachine: 2,
  "2": "NoOlmMachine",
  /**
   * The Matrix SDK was compiled without encryption support.
   */
  EncryptionIsDisabled: 3,
  "3": "EncryptionIsDisabled"
});
var Tracing = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    TracingFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_tracing_free(ptr, 0);
  }
  /**
   * Check whether the `tracing` feature has been enabled.
   *
   * @deprecated: `tracing` is now always enabled.
   * @returns {boolean}
   */
  static isAvailable() {
    const ret = wasm.tracing_isAvailable();
    return ret !== 0;
  }
  /**
   * Install the tracing layer.
   * @param {LoggerLevel} min_level
   */
  constructor(min_level) {
    const ret = wasm.tracing_new(min_level);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    TracingFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Re-define the minimum logger level.
   * @param {LoggerLevel} min_level
   */
  set minLevel(min_level) {
    const ret = wasm.tracing_set_minLevel(this.__wbg_ptr, min_level);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
  /**
   * Turn the logger off, i.e. it no longer emits logs.
   */
  turnOff() {
    const ret = wasm.tracing_turnOff(this.__wbg_ptr);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
  /**
   * Turn the logger on, i.e. it emits logs again if it was turned
   * off.
   */
  turnOn() {
    const ret = wasm.tracing_turnOn(this.__wbg_ptr);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
};
if (Symbol.dispose) Tracing.prototype[Symbol.dispose] = Tracing.prototype.free;
var TrustRequirement = Object.freeze({
  /**
   * Decrypt events from everyone regardless of trust
   */
  Untrusted: 0,
  "0": "Untrusted",
  /**
   * Only decrypt events from cross-signed or legacy devices
   */
  CrossSignedOrLegacy: 1,
  "1": "CrossSignedOrLegacy",
  /**
   * Only decrypt events from cross-signed devices
   */
  CrossSigned: 2,
  "2": "CrossSigned"
});
var UTDToDeviceEvent = class _UTDToDeviceEvent {
  static __wrap(ptr) {
    const obj = Object.create(_UTDToDeviceEvent.prototype);
    obj.__wbg_ptr = ptr;
    UTDToDeviceEventFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    UTDToDeviceEventFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_utdtodeviceevent_free(ptr, 0);
  }
  /**
   * The original message (of type `m.room.encrypted`) that failed to be
   * decrypted, encoded as JSON.
   * @returns {string}
   */
  get rawEvent() {
    const ret = wasm.__wbg_get_utdtodeviceevent_rawEvent(this.__wbg_ptr);
    return ret;
  }
  /**
   * Information on the reason we failed to decrypt
   * @returns {ToDeviceUnableToDecryptInfo}
   */
  get utdInfo() {
    const ret = wasm.__wbg_get_utdtodeviceevent_utdInfo(this.__wbg_ptr);
    return ToDeviceUnableToDecryptInfo.__wrap(ret);
  }
  /**
   * The type of processed to-device event. Always {@link
   * ProcessedToDeviceEventType.UnableToDecrypt} for this type.
   * @returns {ProcessedToDeviceEventType}
   */
  get type() {
    const ret = wasm.utdtodeviceevent_type(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) UTDToDeviceEvent.prototype[Symbol.dispose] = UTDToDeviceEvent.prototype.free;
var UploadSigningKeysRequest = class _UploadSigningKeysRequest {
  static __wrap(ptr) {
    const obj = Object.create(_UploadSigningKeysRequest.prototype);
    obj.__wbg_ptr = ptr;
    UploadSigningKeysRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    UploadSigningKeysRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_uploadsigningkeysrequest_free(ptr, 0);
  }
  /**
   * A JSON-encoded object containing the rest of the payload: `master_key`,
   * `self_signing_key`, `user_signing_key`.
   *
   * It represents the body of the HTTP request.
   * @returns {string}
   */
  get body() {
    const ret = wasm.__wbg_get_uploadsigningkeysrequest_body(this.__wbg_ptr);
    return ret;
  }
  /**
   * Create a new `UploadSigningKeysRequest`.
   * @param {string} body
   */
  constructor(body) {
    const ret = wasm.uploadsigningkeysrequest_new(body);
    this.__wbg_ptr = ret;
    UploadSigningKeysRequestFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
};
if (Symbol.dispose) UploadSigningKeysRequest.prototype[Symbol.dispose] = UploadSigningKeysRequest.prototype.free;
var UserDevices = class _UserDevices {
  static __wrap(ptr) {
    const obj = Object.create(_UserDevices.prototype);
    obj.__wbg_ptr = ptr;
    UserDevicesFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    UserDevicesFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_userdevices_free(ptr, 0);
  }
  /**
   * Iterator over all the devices of the user devices.
   * @returns {Device[]}
   */
  devices() {
    const ret = wasm.userdevices_devices(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the specific device with the given device ID.
   * @param {DeviceId} device_id
   * @returns {Device | undefined}
   */
  get(device_id) {
    _assertClass(device_id, DeviceId);
    const ret = wasm.userdevices_get(this.__wbg_ptr, device_id.__wbg_ptr);
    return ret === 0 ? void 0 : Device2.__wrap(ret);
  }
  /**
   * Returns true if there is at least one devices of this user
   * that is considered to be verified, false otherwise.
   *
   * This won't consider your own device as verified, as your own
   * device is always implicitly verified.
   * @returns {boolean}
   */
  isAnyVerified() {
    const ret = wasm.userdevices_isAnyVerified(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Array over all the device IDs of the user devices.
   * @returns {DeviceId[]}
   */
  keys() {
    const ret = wasm.userdevices_keys(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) UserDevices.prototype[Symbol.dispose] = UserDevices.prototype.free;
var UserId = class _UserId {
  static __wrap(ptr) {
    const obj = Object.create(_UserId.prototype);
    obj.__wbg_ptr = ptr;
    UserIdFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  static __unwrap(jsValue) {
    if (!(jsValue instanceof _UserId)) {
      return 0;
    }
    return jsValue.__destroy_into_raw();
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    UserIdFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_userid_free(ptr, 0);
  }
  /**
   * Create a clone of this `UserId`.
   *
   * This can be useful when passing a `UserId` instance to methods such as
   * {@link OlmMachine.updateTrackedUsers} which destroy the instance.
   * @returns {UserId}
   */
  clone() {
    const ret = wasm.userid_clone(this.__wbg_ptr);
    return _UserId.__wrap(ret);
  }
  /**
   * Whether this user ID is a historical one.
   *
   * A historical user ID is one that doesn't conform to the latest
   * specification of the user ID grammar but is still accepted
   * because it was previously allowed.
   * @returns {boolean}
   */
  isHistorical() {
    const ret = wasm.userid_isHistorical(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Returns the user's localpart.
   * @returns {string}
   */
  get localpart() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.userid_localpart(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Parse/validate and create a new `UserId`.
   * @param {string} id
   */
  constructor(id) {
    const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.userid_new(ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    UserIdFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Returns the server name of the user ID.
   * @returns {ServerName}
   */
  get serverName() {
    const ret = wasm.userid_serverName(this.__wbg_ptr);
    return ServerName.__wrap(ret);
  }
  /**
   * Return the user ID as a string.
   * @returns {string}
   */
  toString() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.userid_toString(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
};
if (Symbol.dispose) UserId.prototype[Symbol.dispose] = UserId.prototype.free;
var VerificationMethod = Object.freeze({
  /**
   * The `m.sas.v1` verification method.
   *
   * SAS means Short Authentication String.
   */
  SasV1: 0,
  "0": "SasV1",
  /**
   * The `m.qr_code.scan.v1` verification method.
   */
  QrCodeScanV1: 1,
  "1": "QrCodeScanV1",
  /**
   * The `m.qr_code.show.v1` verification method.
   */
  QrCodeShowV1: 2,
  "2": "QrCodeShowV1",
  /**
   * The `m.reciprocate.v1` verification method.
   */
  ReciprocateV1: 3,
  "3": "ReciprocateV1"
});
var VerificationRequest = class _VerificationRequest {
  static __wrap(ptr) {
    const obj = Object.create(_VerificationRequest.prototype);
    obj.__wbg_ptr = ptr;
    VerificationRequestFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    VerificationRequestFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_verificationrequest_free(ptr, 0);
  }
  /**
   * Accept the verification request signaling that our client
   * supports the given verification methods.
   *
   * `methods` represents the methods that we should advertise as
   * supported by us.
   *
   * It returns either a `ToDeviceRequest`, a `RoomMessageRequest`
   * or `undefined`.
   * @param {VerificationMethod[]} methods
   * @returns {OutgoingVerificationRequest | undefined}
   */
  acceptWithMethods(methods) {
    const ptr0 = passArrayJsValueToWasm0(methods, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.verificationrequest_acceptWithMethods(this.__wbg_ptr, ptr0, len0);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Accept the verification request.
   *
   * This method will accept the request and signal that it
   * supports the `m.sas.v1`, the `m.qr_code.show.v1`, and
   * `m.reciprocate.v1` method.
   *
   * `m.qr_code.show.v1` will only be signaled if the `qrcode`
   * feature is enabled. This feature is disabled by default. If
   * it's enabled and QR code scanning should be supported or QR
   * code showing shouldn't be supported the `accept_with_methods`
   * method should be used instead.
   *
   * It returns either a `ToDeviceRequest`, a `RoomMessageRequest`
   * or `undefined`.
   * @returns {OutgoingVerificationRequest | undefined}
   */
  accept() {
    const ret = wasm.verificationrequest_accept(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Get info about the cancellation if the verification request
   * has been cancelled.
   * @returns {CancelInfo | undefined}
   */
  get cancelInfo() {
    const ret = wasm.verificationrequest_cancelInfo(this.__wbg_ptr);
    return ret === 0 ? void 0 : CancelInfo.__wrap(ret);
  }
  /**
   * Cancel the verification request.
   *
   * It returns either a `ToDeviceRequest`, a `RoomMessageRequest`
   * or `undefined`.
   * @returns {OutgoingVerificationRequest | undefined}
   */
  cancel() {
    const ret = wasm.verificationrequest_cancel(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * Get the unique ID of this verification request.
   * @returns {string}
   */
  get flowId() {
    let deferred1_0;
    let deferred1_1;
    try {
      const ret = wasm.verificationrequest_flowId(this.__wbg_ptr);
      deferred1_0 = ret[0];
      deferred1_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
   * Generate a QR code that can be used by another client to start
   * a QR code based verification.
   *
   * Returns a `Qr` or `undefined`.
   * @returns {Promise<Qr | undefined>}
   */
  generateQrCode() {
    const ret = wasm.verificationrequest_generateQrCode(this.__wbg_ptr);
    return ret;
  }
  /**
   * If this request has transitioned into a concrete verification
   * flow (and not yet been completed or cancelled), returns a `Verification`
   * object.
   *
   * Returns: a `Sas`, a `Qr`, or `undefined`.
   * @returns {Sas | Qr | undefined}
   */
  getVerification() {
    const ret = wasm.verificationrequest_getVerification(this.__wbg_ptr);
    return ret;
  }
  /**
   * Has the verification flow that was started with this request
   * been cancelled?
   * @returns {boolean}
   */
  isCancelled() {
    const ret = wasm.verificationrequest_isCancelled(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Has the verification flow that was started with this request
   * finished?
   * @returns {boolean}
   */
  isDone() {
    const ret = wasm.verificationrequest_isDone(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Has the verification request been answered by another device?
   * @returns {boolean}
   */
  isPassive() {
    const ret = wasm.verificationrequest_isPassive(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is the verification request ready to start a verification flow?
   * @returns {boolean}
   */
  isReady() {
    const ret = wasm.verificationrequest_isReady(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Is this a verification that is verifying one of our own
   * devices?
   * @returns {boolean}
   */
  isSelfVerification() {
    const ret = wasm.verificationrequest_isSelfVerification(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * The ID of the other device that is participating in this
   * verification.
   * @returns {DeviceId | undefined}
   */
  get otherDeviceId() {
    const ret = wasm.verificationrequest_otherDeviceId(this.__wbg_ptr);
    return ret === 0 ? void 0 : DeviceId.__wrap(ret);
  }
  /**
   * The ID of the other user that is participating in this
   * verification request.
   * @returns {UserId}
   */
  get otherUserId() {
    const ret = wasm.verificationrequest_otherUserId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * Get our own supported verification methods that we advertised.
   *
   * Will be present only we requested the verification or if we’re
   * in the ready state.
   * @returns {VerificationMethod[] | undefined}
   */
  get ourSupportedMethods() {
    const ret = wasm.verificationrequest_ourSupportedMethods(this.__wbg_ptr);
    if (ret[3]) {
      throw takeFromExternrefTable0(ret[2]);
    }
    let v1;
    if (ret[0] !== 0) {
      v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
    }
    return v1;
  }
  /**
   * Our own user id.
   * @returns {UserId}
   */
  get ownUserId() {
    const ret = wasm.verificationrequest_ownUserId(this.__wbg_ptr);
    return UserId.__wrap(ret);
  }
  /**
   * Get the current phase of this request.
   *
   * Returns a `VerificationRequestPhase`.
   * @returns {VerificationRequestPhase}
   */
  phase() {
    const ret = wasm.verificationrequest_phase(this.__wbg_ptr);
    return ret;
  }
  /**
   * Register a callback which will be called whenever there is an update to
   * the request.
   *
   * The `callback` is called with no parameters.
   * @param {() => Promise<void>} callback
   */
  registerChangesCallback(callback) {
    wasm.verificationrequest_registerChangesCallback(this.__wbg_ptr, callback);
  }
  /**
   * Create an event content that can be sent as a room event to
   * request verification from the other side. This should be used
   * only for verifications of other users and it should be sent to
   * a room we consider to be a DM with the other user.
   * @param {UserId} own_user_id
   * @param {DeviceId} own_device_id
   * @param {UserId} other_user_id
   * @param {VerificationMethod[]} [methods]
   * @returns {string}
   */
  static request(own_user_id, own_device_id, other_user_id, methods) {
    let deferred3_0;
    let deferred3_1;
    try {
      _assertClass(own_user_id, UserId);
      _assertClass(own_device_id, DeviceId);
      _assertClass(other_user_id, UserId);
      var ptr0 = isLikeNone(methods) ? 0 : passArrayJsValueToWasm0(methods, wasm.__wbindgen_malloc);
      var len0 = WASM_VECTOR_LEN;
      const ret = wasm.verificationrequest_request(own_user_id.__wbg_ptr, own_device_id.__wbg_ptr, other_user_id.__wbg_ptr, ptr0, len0);
      var ptr2 = ret[0];
      var len2 = ret[1];
      if (ret[3]) {
        ptr2 = 0;
        len2 = 0;
        throw takeFromExternrefTable0(ret[2]);
      }
      deferred3_0 = ptr2;
      deferred3_1 = len2;
      return getStringFromWasm0(ptr2, len2);
    } finally {
      wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
    }
  }
  /**
   * Get the room ID if the verification is happening inside a
   * room.
   * @returns {RoomId | undefined}
   */
  get roomId() {
    const ret = wasm.verificationrequest_roomId(this.__wbg_ptr);
    return ret === 0 ? void 0 : RoomId.__wrap(ret);
  }
  /**
   * Start a QR code verification by providing a scanned QR code
   * for this verification flow.
   * @param {QrCodeScan} data
   * @returns {Promise<Qr>}
   */
  scanQrCode(data) {
    _assertClass(data, QrCodeScan);
    const ret = wasm.verificationrequest_scanQrCode(this.__wbg_ptr, data.__wbg_ptr);
    return ret;
  }
  /**
   * Transition from this verification request into a SAS verification flow.
   *
   * Returns `Promise<[Sas, OutgoingVerificationRequest] | undefined>`
   * @returns {Promise<[Sas, OutgoingVerificationRequest] | undefined>}
   */
  startSas() {
    const ret = wasm.verificationrequest_startSas(this.__wbg_ptr);
    return ret;
  }
  /**
   * Get the supported verification methods of the other side.
   *
   * Will be present only if the other side requested the
   * verification or if we’re in the ready state.
   *
   * # Returns
   *
   * `undefined` if we do not yet know the supported methods; otherwise, an
   * array of `VerificationMethod`s.
   * @returns {VerificationMethod[] | undefined}
   */
  get theirSupportedMethods() {
    const ret = wasm.verificationrequest_theirSupportedMethods(this.__wbg_ptr);
    if (ret[3]) {
      throw takeFromExternrefTable0(ret[2]);
    }
    let v1;
    if (ret[0] !== 0) {
      v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
    }
    return v1;
  }
  /**
   * The number of milliseconds remaining before this verification flow times
   * out.
   *
   * Returns zero if the time has already passed.
   * @returns {number}
   */
  timeRemainingMillis() {
    const ret = wasm.verificationrequest_timeRemainingMillis(this.__wbg_ptr);
    return ret;
  }
  /**
   * Has the verification flow timed out?
   * @returns {boolean}
   */
  timedOut() {
    const ret = wasm.verificationrequest_timedOut(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Did we initiate the verification request?
   * @returns {boolean}
   */
  weStarted() {
    const ret = wasm.verificationrequest_weStarted(this.__wbg_ptr);
    return ret !== 0;
  }
};
if (Symbol.dispose) VerificationRequest.prototype[Symbol.dispose] = VerificationRequest.prototype.free;
var VerificationRequestPhase = Object.freeze({
  /**
   * The verification request has been newly created by us.
   */
  Created: 0,
  "0": "Created",
  /**
   * The verification request was received from the other party.
   */
  Requested: 1,
  "1": "Requested",
  /**
   * The verification request is ready to start a verification flow.
   */
  Ready: 2,
  "2": "Ready",
  /**
   * The verification request has transitioned into a concrete verification
   * flow. For example it transitioned into the emoji based SAS
   * verification.
   */
  Transitioned: 3,
  "3": "Transitioned",
  /**
   * The verification flow that was started with this request has finished.
   */
  Done: 4,
  "4": "Done",
  /**
   * The verification process has been cancelled.
   */
  Cancelled: 5,
  "5": "Cancelled"
});
var Versions = class _Versions {
  static __wrap(ptr) {
    const obj = Object.create(_Versions.prototype);
    obj.__wbg_ptr = ptr;
    VersionsFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    VersionsFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_versions_free(ptr, 0);
  }
  /**
   * The build-time output of the `git describe` command of the source tree
   * of crate.
   * @returns {string}
   */
  get git_description() {
    const ret = wasm.__wbg_get_versions_git_description(this.__wbg_ptr);
    return ret;
  }
  /**
   * The Git commit hash of the crate's source tree at build time.
   * @returns {string}
   */
  get git_sha() {
    const ret = wasm.__wbg_get_versions_git_sha(this.__wbg_ptr);
    return ret;
  }
  /**
   * The version of the matrix-sdk-crypto crate.
   * @returns {string}
   */
  get matrix_sdk_crypto() {
    const ret = wasm.__wbg_get_versions_matrix_sdk_crypto(this.__wbg_ptr);
    return ret;
  }
  /**
   * The version of the vodozemac crate.
   * @returns {string}
   */
  get vodozemac() {
    const ret = wasm.__wbg_get_versions_vodozemac(this.__wbg_ptr);
    return ret;
  }
};
if (Symbol.dispose) Versions.prototype[Symbol.dispose] = Versions.prototype.free;
function getVersions() {
  const ret = wasm.getVersions();
  return Versions.__wrap(ret);
}
function start() {
  wasm.start();
}
function __wbg_Error_67e7344beaa85059(arg0, arg1) {
  const ret = Error(getStringFromWasm0(arg0, arg1));
  return ret;
}
function __wbg_Number_c54e7112a3fa7e3e(arg0) {
  const ret = Number(arg0);
  return ret;
}
function __wbg_String_8564e559799eccda(arg0, arg1) {
  const ret = String(arg1);
  const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg_Window_241244be8c9776c1(arg0) {
  const ret = arg0.Window;
  return ret;
}
function __wbg_WorkerGlobalScope_8623a7c9030fbce2(arg0) {
  const ret = arg0.WorkerGlobalScope;
  return ret;
}
function __wbg___wbindgen_bigint_get_as_i64_b482365c149396c8(arg0, arg1) {
  const v = arg1;
  const ret = typeof v === "bigint" ? v : void 0;
  getDataViewMemory0().setBigInt64(arg0 + 8 * 1, isLikeNone(ret) ? BigInt(0) : ret, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
}
function __wbg___wbindgen_boolean_get_7a12af2b3f899c5a(arg0) {
  const v = arg0;
  const ret = typeof v === "boolean" ? v : void 0;
  return isLikeNone(ret) ? 16777215 : ret ? 1 : 0;
}
function __wbg___wbindgen_debug_string_0e68cf47c9cbd9b0(arg0, arg1) {
  const ret = debugString(arg1);
  const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg___wbindgen_in_50072d4d6e45c193(arg0, arg1) {
  const ret = arg0 in arg1;
  return ret;
}
function __wbg___wbindgen_is_bigint_60fc0336cb14f5d7(arg0) {
  const ret = typeof arg0 === "bigint";
  return ret;
}
function __wbg___wbindgen_is_function_fcda5e3902d732fe(arg0) {
  const ret = typeof arg0 === "function";
  return ret;
}
function __wbg___wbindgen_is_null_5160b3e381865372(arg0) {
  const ret = arg0 === null;
  return ret;
}
function __wbg___wbindgen_is_object_edb6b15aa3afe12e(arg0) {
  const val = arg0;
  const ret = typeof val === "object" && val !== null;
  return ret;
}
function __wbg___wbindgen_is_string_c4f7cb494a2a21f1(arg0) {
  const ret = typeof arg0 === "string";
  return ret;
}
function __wbg___wbindgen_is_undefined_8c687d0b90d5b524(arg0) {
  const ret = arg0 === void 0;
  return ret;
}
function __wbg___wbindgen_jsval_eq_9fdcd3c0a860dd3b(arg0, arg1) {
  const ret = arg0 === arg1;
  return ret;
}
function __wbg___wbindgen_jsval_loose_eq_3c30021c243b64cd(arg0, arg1) {
  const ret = arg0 == arg1;
  return ret;
}
function __wbg___wbindgen_number_get_1dc732b810cb937c(arg0, arg1) {
  const obj = arg1;
  const ret = typeof obj === "number" ? obj : void 0;
  getDataViewMemory0().setFloat64(arg0 + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
}
function __wbg___wbindgen_string_get_92ab86bb19cbc12f(arg0, arg1) {
  const obj = arg1;
  const ret = typeof obj === "string" ? obj : void 0;
  var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  var len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg___wbindgen_throw_5d9e815e6fdf150f(arg0, arg1) {
  throw new Error(getStringFromWasm0(arg0, arg1));
}
function __wbg__wbg_cb_unref_997e73d32238e655(arg0) {
  arg0._wbg_cb_unref();
}
function __wbg_abort_f692a110ee403014() {
  return handleError(function(arg0) {
    arg0.abort();
  }, arguments);
}
function __wbg_add_410a1a7101375ac7() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.add(arg1, arg2);
    return ret;
  }, arguments);
}
function __wbg_add_8a5c57dd2c815678(arg0, arg1) {
  const ret = arg0.add(arg1);
  return ret;
}
function __wbg_at_157886d40f709ae7(arg0, arg1) {
  const ret = arg0.at(arg1);
  return ret;
}
function __wbg_backupkeys_new(arg0) {
  const ret = BackupKeys.__wrap(arg0);
  return ret;
}
function __wbg_bound_b651b81f2b3f6e0d() {
  return handleError(function(arg0, arg1, arg2, arg3) {
    const ret = IDBKeyRange.bound(arg0, arg1, arg2 !== 0, arg3 !== 0);
    return ret;
  }, arguments);
}
function __wbg_call_269c5566fbede3eb() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.call(arg1);
    return ret;
  }, arguments);
}
function __wbg_call_6bcf8d3e20937e46() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.call(arg1, arg2);
    return ret;
  }, arguments);
}
function __wbg_call_7bbd9cceba9949ad() {
  return handleError(function(arg0, arg1, arg2, arg3) {
    const ret = arg0.call(arg1, arg2, arg3);
    return ret;
  }, arguments);
}
function __wbg_call_c1ad1cb1b78e8130() {
  return handleError(function(arg0, arg1, arg2, arg3, arg4) {
    const ret = arg0.call(arg1, arg2, arg3, arg4);
    return ret;
  }, arguments);
}
function __wbg_clearTimeout_3629d6209dfcc46e(arg0) {
  const ret = clearTimeout(arg0);
  return ret;
}
function __wbg_clear_dec40bfb446d8509() {
  return handleError(function(arg0) {
    const ret = arg0.clear();
    return ret;
  }, arguments);
}
function __wbg_close_39a0adee471336e2(arg0) {
  arg0.close();
}
function __wbg_code_0589939084228780(arg0) {
  const ret = arg0.code;
  return ret;
}
function __wbg_commit_ebd6d9676954e0d2() {
  return handleError(function(arg0) {
    arg0.commit();
  }, arguments);
}
function __wbg_continue_b8815fef7aa0b75d() {
  return handleError(function(arg0) {
    arg0.continue();
  }, arguments);
}
function __wbg_count_5d61922deb1f5d47() {
  return handleError(function(arg0) {
    const ret = arg0.count();
    return ret;
  }, arguments);
}
function __wbg_count_8638a559df36f5af() {
  return handleError(function(arg0) {
    const ret = arg0.count();
    return ret;
  }, arguments);
}
function __wbg_createIndex_9f1f61554a67494f() {
  return handleError(function(arg0, arg1, arg2, arg3) {
    const ret = arg0.createIndex(getStringFromWasm0(arg1, arg2), arg3);
    return ret;
  }, arguments);
}
function __wbg_createIndex_a953caa8cbe1f450() {
  return handleError(function(arg0, arg1, arg2, arg3, arg4) {
    const ret = arg0.createIndex(getStringFromWasm0(arg1, arg2), arg3, arg4);
    return ret;
  }, arguments);
}
function __wbg_createObjectStore_615d9f80ee29af47() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.createObjectStore(getStringFromWasm0(arg1, arg2));
    return ret;
  }, arguments);
}
function __wbg_crosssigningbootstraprequests_new(arg0) {
  const ret = CrossSigningBootstrapRequests.__wrap(arg0);
  return ret;
}
function __wbg_crosssigningkeyexport_new(arg0) {
  const ret = CrossSigningKeyExport.__wrap(arg0);
  return ret;
}
function __wbg_crosssigningstatus_new(arg0) {
  const ret = CrossSigningStatus.__wrap(arg0);
  return ret;
}
function __wbg_crypto_38df2bab126b63dc(arg0) {
  const ret = arg0.crypto;
  return ret;
}
function __wbg_debug_2c140c53c812db8c(arg0, arg1) {
  arg0.debug(arg1);
}
function __wbg_debug_eb092a10b3338acb(arg0) {
  console.debug(arg0);
}
function __wbg_decryptedroomevent_new(arg0) {
  const ret = DecryptedRoomEvent.__wrap(arg0);
  return ret;
}
function __wbg_decryptedtodeviceevent_new(arg0) {
  const ret = DecryptedToDeviceEvent.__wrap(arg0);
  return ret;
}
function __wbg_dehydrateddevice_new(arg0) {
  const ret = DehydratedDevice.__wrap(arg0);
  return ret;
}
function __wbg_dehydrateddevicekey_new(arg0) {
  const ret = DehydratedDeviceKey.__wrap(arg0);
  return ret;
}
function __wbg_deleteObjectStore_b2ab76420e1c3a1f() {
  return handleError(function(arg0, arg1, arg2) {
    arg0.deleteObjectStore(getStringFromWasm0(arg1, arg2));
  }, arguments);
}
function __wbg_delete_8f4a65ee3c10958c() {
  return handleError(function(arg0) {
    const ret = arg0.delete();
    return ret;
  }, arguments);
}
function __wbg_delete_c66e14397c562c32() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.delete(arg1);
    return ret;
  }, arguments);
}
function __wbg_device_new(arg0) {
  const ret = Device2.__wrap(arg0);
  return ret;
}
function __wbg_deviceid_new(arg0) {
  const ret = DeviceId.__wrap(arg0);
  return ret;
}
function __wbg_devicekey_new(arg0) {
  const ret = DeviceKey.__wrap(arg0);
  return ret;
}
function __wbg_devicekeyid_new(arg0) {
  const ret = DeviceKeyId.__wrap(arg0);
  return ret;
}
function __wbg_done_cffed884d87aa22e(arg0) {
  const ret = arg0.done;
  return ret;
}
function __wbg_emoji_new(arg0) {
  const ret = Emoji.__wrap(arg0);
  return ret;
}
function __wbg_encryptedattachment_new(arg0) {
  const ret = EncryptedAttachment.__wrap(arg0);
  return ret;
}
function __wbg_encryptioninfo_new(arg0) {
  const ret = EncryptionInfo.__wrap(arg0);
  return ret;
}
function __wbg_entries_20b9608d57d8ddd6(arg0) {
  const ret = arg0.entries();
  return ret;
}
function __wbg_entries_972a87586902cf87(arg0) {
  const ret = Object.entries(arg0);
  return ret;
}
function __wbg_error_64279b5bdc7324ac() {
  return handleError(function(arg0) {
    const ret = arg0.error;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
  }, arguments);
}
function __wbg_error_756c5934221e6fee(arg0) {
  console.error(arg0);
}
function __wbg_error_757e9472f8410341(arg0, arg1) {
  let deferred0_0;
  let deferred0_1;
  try {
    deferred0_0 = arg0;
    deferred0_1 = arg1;
    console.error(getStringFromWasm0(arg0, arg1));
  } finally {
    wasm.__wbindgen_free(deferred0_0, deferred0_1, 1);
  }
}
function __wbg_error_f3117e880388aeb3(arg0, arg1) {
  arg0.error(arg1);
}
function __wbg_from_a39669ce566077da(arg0) {
  const ret = Array.from(arg0);
  return ret;
}
function __wbg_getAllKeys_6ab0d073434d8877() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.getAllKeys(arg1);
    return ret;
  }, arguments);
}
function __wbg_getAllKeys_7447eb3144e0ab86() {
  return handleError(function(arg0) {
    const ret = arg0.getAllKeys();
    return ret;
  }, arguments);
}
function __wbg_getAll_2437333369ac1277() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.getAll(arg1, arg2 >>> 0);
    return ret;
  }, arguments);
}
function __wbg_getAll_58414036eab7517d() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.getAll(arg1);
    return ret;
  }, arguments);
}
function __wbg_getAll_81779f44fd1012a2() {
  return handleError(function(arg0) {
    const ret = arg0.getAll();
    return ret;
  }, arguments);
}
function __wbg_getAll_ce8eae0b0dc1a13d() {
  return handleError(function(arg0) {
    const ret = arg0.getAll();
    return ret;
  }, arguments);
}
function __wbg_getRandomValues_436a51d0629d84e1() {
  return handleError(function(arg0, arg1) {
    globalThis.crypto.getRandomValues(getArrayU8FromWasm0(arg0, arg1));
  }, arguments);
}
function __wbg_getRandomValues_a678b7300e8ed57f() {
  return handleError(function(arg0, arg1) {
    globalThis.crypto.getRandomValues(getArrayU8FromWasm0(arg0, arg1));
  }, arguments);
}
function __wbg_getRandomValues_c44a50d8cfdaebeb() {
  return handleError(function(arg0, arg1) {
    arg0.getRandomValues(arg1);
  }, arguments);
}
function __wbg_getTime_65922ba0b59d55a7(arg0) {
  const ret = arg0.getTime();
  return ret;
}
function __wbg_get_0f0414f3a633bc89() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.get(arg1);
    return ret;
  }, arguments);
}
function __wbg_get_6cf5a4d4d8ad3c5a() {
  return handleError(function(arg0, arg1) {
    const ret = Reflect.get(arg0, arg1);
    return ret;
  }, arguments);
}
function __wbg_get_989d0a1309644f2b() {
  return handleError(function(arg0, arg1) {
    const ret = Reflect.get(arg0, arg1);
    return ret;
  }, arguments);
}
function __wbg_get_a1a386ee18563120() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.get(arg1);
    return ret;
  }, arguments);
}
function __wbg_get_b1f0ab13c737f856(arg0, arg1) {
  const ret = arg0[arg1 >>> 0];
  return ret;
}
function __wbg_get_unchecked_363572bdd397d473(arg0, arg1) {
  const ret = arg0[arg1 >>> 0];
  return ret;
}
function __wbg_get_with_ref_key_6412cf3094599694(arg0, arg1) {
  const ret = arg0[arg1];
  return ret;
}
function __wbg_global_94a489d2e6a0c5fd(arg0) {
  const ret = arg0.global;
  return ret;
}
function __wbg_inboundgroupsession_new(arg0) {
  const ret = InboundGroupSession.__wrap(arg0);
  return ret;
}
function __wbg_index_1194cffffe28f207() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.index(getStringFromWasm0(arg1, arg2));
    return ret;
  }, arguments);
}
function __wbg_indexedDB_2d959d90beb14c29() {
  return handleError(function(arg0) {
    const ret = arg0.indexedDB;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
  }, arguments);
}
function __wbg_indexedDB_47c354eb27472a00() {
  return handleError(function(arg0) {
    const ret = arg0.indexedDB;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
  }, arguments);
}
function __wbg_indexedDB_803e27668e681433() {
  return handleError(function(arg0) {
    const ret = arg0.indexedDB;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
  }, arguments);
}
function __wbg_info_a02f699f5146f019(arg0, arg1) {
  arg0.info(arg1);
}
function __wbg_info_f25c01bee103395d(arg0) {
  console.info(arg0);
}
function __wbg_instanceof_ArrayBuffer_d4ff01f8247925ae(arg0) {
  let result;
  try {
    result = arg0 instanceof ArrayBuffer;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_CursorSys_383984afc1fa1bbc(arg0) {
  let result;
  try {
    result = arg0 instanceof IDBCursorWithValue;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_DomException_ef94c1e709e3e062(arg0) {
  let result;
  try {
    result = arg0 instanceof DOMException;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_Error_fe6fa771c78ee4cf(arg0) {
  let result;
  try {
    result = arg0 instanceof Error;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_IdbCursor_29bd78c892b0cd1b(arg0) {
  let result;
  try {
    result = arg0 instanceof IDBCursor;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_IdbDatabase_ae33ffa3aa7692d2(arg0) {
  let result;
  try {
    result = arg0 instanceof IDBDatabase;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_IdbOpenDbRequest_02e2ab03818fe24d(arg0) {
  let result;
  try {
    result = arg0 instanceof IDBOpenDBRequest;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_IdbRequest_a43e52936679d71f(arg0) {
  let result;
  try {
    result = arg0 instanceof IDBRequest;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_Map_1ff6a2b54c899f0d(arg0) {
  let result;
  try {
    result = arg0 instanceof Map;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_Promise_f6320f682f582ddf(arg0) {
  let result;
  try {
    result = arg0 instanceof Promise;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_Uint8Array_598adc0fef426aa8(arg0) {
  let result;
  try {
    result = arg0 instanceof Uint8Array;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_invalidtodeviceevent_new(arg0) {
  const ret = InvalidToDeviceEvent.__wrap(arg0);
  return ret;
}
function __wbg_isArray_5674713bb7b79043(arg0) {
  const ret = Array.isArray(arg0);
  return ret;
}
function __wbg_isArray_ce01375355c1ee4b(arg0) {
  const ret = Array.isArray(arg0);
  return ret;
}
function __wbg_isSafeInteger_8f51c743827d1ec5(arg0) {
  const ret = Number.isSafeInteger(arg0);
  return ret;
}
function __wbg_item_6897d8c7b5343cb5(arg0, arg1, arg2) {
  const ret = arg1.item(arg2 >>> 0);
  var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  var len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg_iterator_22ddeb808cf55a6f() {
  const ret = Symbol.iterator;
  return ret;
}
function __wbg_key_cbf07e72de8fe203() {
  return handleError(function(arg0) {
    const ret = arg0.key;
    return ret;
  }, arguments);
}
function __wbg_keysbackuprequest_new(arg0) {
  const ret = KeysBackupRequest.__wrap(arg0);
  return ret;
}
function __wbg_keysclaimrequest_new(arg0) {
  const ret = KeysClaimRequest.__wrap(arg0);
  return ret;
}
function __wbg_keysqueryrequest_new(arg0) {
  const ret = KeysQueryRequest.__wrap(arg0);
  return ret;
}
function __wbg_keysuploadrequest_new(arg0) {
  const ret = KeysUploadRequest.__wrap(arg0);
  return ret;
}
function __wbg_length_31bdaf014f5fbde2(arg0) {
  const ret = arg0.length;
  return ret;
}
function __wbg_length_4e1adc0d42e23620(arg0) {
  const ret = arg0.length;
  return ret;
}
function __wbg_length_ff98c95d19109ba4(arg0) {
  const ret = arg0.length;
  return ret;
}
function __wbg_lowerBound_9c881ff10d3043b1() {
  return handleError(function(arg0, arg1) {
    const ret = IDBKeyRange.lowerBound(arg0, arg1 !== 0);
    return ret;
  }, arguments);
}
function __wbg_maybesignature_new(arg0) {
  const ret = MaybeSignature.__wrap(arg0);
  return ret;
}
function __wbg_megolmdecryptionerror_new(arg0) {
  const ret = MegolmDecryptionError.__wrap(arg0);
  return ret;
}
function __wbg_message_1cbc5bc03dcf1dee(arg0) {
  const ret = arg0.message;
  return ret;
}
function __wbg_message_d6ab3d8a5aedce1c(arg0, arg1) {
  const ret = arg1.message;
  const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg_msCrypto_bd5a034af96bcba6(arg0) {
  const ret = arg0.msCrypto;
  return ret;
}
function __wbg_name_7c7adff93f0cf4a3(arg0, arg1) {
  const ret = arg1.name;
  const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg_new_180f1022bb6ee517(arg0) {
  const ret = new Date(arg0);
  return ret;
}
function __wbg_new_1da3429bc3c4541c(arg0) {
  const ret = new Uint8Array(arg0);
  return ret;
}
function __wbg_new_227d7c05414eb861() {
  const ret = new Error();
  return ret;
}
function __wbg_new_5d3e59ef841aa96f(arg0) {
  const ret = new Set(arg0);
  return ret;
}
function __wbg_new_8d36e20aa758e411() {
  const ret = /* @__PURE__ */ new Map();
  return ret;
}
function __wbg_new_8f72ed7c652bf5a2(arg0, arg1) {
  try {
    var state0 = { a: arg0, b: arg1 };
    var cb0 = (arg02, arg12) => {
      const a = state0.a;
      state0.a = 0;
      try {
        return wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined_______true_(a, state0.b, arg02, arg12);
      } finally {
        state0.a = a;
      }
    };
    const ret = new Promise(cb0);
    return ret;
  } finally {
    state0.a = 0;
  }
}
function __wbg_new_a32a1ab6c6655abe(arg0, arg1) {
  const ret = new Error(getStringFromWasm0(arg0, arg1));
  return ret;
}
function __wbg_new_bebc3f4757acf305() {
  const ret = new Object();
  return ret;
}
function __wbg_new_ffa92086ea89f79c() {
  const ret = new Array();
  return ret;
}
function __wbg_new_from_slice_4ee02165f9de919e(arg0, arg1) {
  const ret = new Uint8Array(getArrayU8FromWasm0(arg0, arg1));
  return ret;
}
function __wbg_new_typed_6f8b0d724fe26c07(arg0, arg1) {
  try {
    var state0 = { a: arg0, b: arg1 };
    var cb0 = (arg02, arg12) => {
      const a = state0.a;
      state0.a = 0;
      try {
        return wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined_______true_(a, state0.b, arg02, arg12);
      } finally {
        state0.a = a;
      }
    };
    const ret = new Promise(cb0);
    return ret;
  } finally {
    state0.a = 0;
  }
}
function __wbg_new_with_length_5ffeddb9d9fbb96f(arg0) {
  const ret = new Uint8Array(arg0 >>> 0);
  return ret;
}
function __wbg_new_with_length_ac9c609232fb2d1d(arg0) {
  const ret = new Uint8ClampedArray(arg0 >>> 0);
  return ret;
}
function __wbg_next_95053e306b1c3aed(arg0) {
  const ret = arg0.next;
  return ret;
}
function __wbg_next_f31ecb8646d2c605() {
  return handleError(function(arg0) {
    const ret = arg0.next();
    return ret;
  }, arguments);
}
function __wbg_node_84ea875411254db1(arg0) {
  const ret = arg0.node;
  return ret;
}
function __wbg_now_d1fb6650485d7f3e() {
  const ret = Date.now();
  return ret;
}
function __wbg_now_e7c6795a7f81e10f(arg0) {
  const ret = arg0.now();
  return ret;
}
function __wbg_objectStoreNames_0d5b2223ea497c57(arg0) {
  const ret = arg0.objectStoreNames;
  return ret;
}
function __wbg_objectStore_54d81e3f83434edc() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.objectStore(getStringFromWasm0(arg1, arg2));
    return ret;
  }, arguments);
}
function __wbg_oldVersion_bb3dbfcb7fa0f143(arg0) {
  const ret = arg0.oldVersion;
  return ret;
}
function __wbg_olmmachine_new(arg0) {
  const ret = OlmMachine.__wrap(arg0);
  return ret;
}
function __wbg_openCursor_0dd2dcacbef4f54c() {
  return handleError(function(arg0) {
    const ret = arg0.openCursor();
    return ret;
  }, arguments);
}
function __wbg_openCursor_5da5b1efa49865f1() {
  return handleError(function(arg0) {
    const ret = arg0.openCursor();
    return ret;
  }, arguments);
}
function __wbg_openCursor_7c6d6688eed62e99() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.openCursor(arg1);
    return ret;
  }, arguments);
}
function __wbg_open_56eb9bc2b4228b89() {
  return handleError(function(arg0, arg1, arg2, arg3) {
    const ret = arg0.open(getStringFromWasm0(arg1, arg2), arg3 >>> 0);
    return ret;
  }, arguments);
}
function __wbg_open_bdaea92fb1357c10() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.open(getStringFromWasm0(arg1, arg2));
    return ret;
  }, arguments);
}
function __wbg_otheruseridentity_new(arg0) {
  const ret = OtherUserIdentity.__wrap(arg0);
  return ret;
}
function __wbg_ownuseridentity_new(arg0) {
  const ret = OwnUserIdentity.__wrap(arg0);
  return ret;
}
function __wbg_parse_6937a9050adfb0e1() {
  return handleError(function(arg0, arg1) {
    const ret = JSON.parse(getStringFromWasm0(arg0, arg1));
    return ret;
  }, arguments);
}
function __wbg_performance_3fcf6e32a7e1ed0a(arg0) {
  const ret = arg0.performance;
  return ret;
}
function __wbg_pickledinboundgroupsession_unwrap(arg0) {
  const ret = PickledInboundGroupSession.__unwrap(arg0);
  return ret;
}
function __wbg_pickledsession_unwrap(arg0) {
  const ret = PickledSession.__unwrap(arg0);
  return ret;
}
function __wbg_plaintexttodeviceevent_new(arg0) {
  const ret = PlainTextToDeviceEvent.__wrap(arg0);
  return ret;
}
function __wbg_process_44c7a14e11e9f69e(arg0) {
  const ret = arg0.process;
  return ret;
}
function __wbg_prototypesetcall_a5476dff29f70ae5(arg0, arg1, arg2) {
  Uint8ClampedArray.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
}
function __wbg_prototypesetcall_ae9f5e7459250748(arg0, arg1, arg2) {
  Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
}
function __wbg_push_bfdf956ba476f65b(arg0, arg1) {
  const ret = arg0.push(arg1);
  return ret;
}
function __wbg_put_7d52c69d9da5ab22() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.put(arg1, arg2);
    return ret;
  }, arguments);
}
function __wbg_putdehydrateddevicerequest_new(arg0) {
  const ret = PutDehydratedDeviceRequest.__wrap(arg0);
  return ret;
}
function __wbg_qr_new(arg0) {
  const ret = Qr.__wrap(arg0);
  return ret;
}
function __wbg_queueMicrotask_85c90f6987555d65(arg0) {
  const ret = arg0.queueMicrotask;
  return ret;
}
function __wbg_queueMicrotask_f6a1fa10b81d1fc0(arg0) {
  queueMicrotask(arg0);
}
function __wbg_randomFillSync_6c25eac9869eb53c() {
  return handleError(function(arg0, arg1) {
    arg0.randomFillSync(arg1);
  }, arguments);
}
function __wbg_readyState_4f74e29bb400e81e(arg0) {
  const ret = arg0.readyState;
  return (__wbindgen_enum_IdbRequestReadyState.indexOf(ret) + 1 || 3) - 1;
}
function __wbg_rehydrateddevice_new(arg0) {
  const ret = RehydratedDevice.__wrap(arg0);
  return ret;
}
function __wbg_request_64abeba15a72c084(arg0) {
  const ret = arg0.request;
  return ret;
}
function __wbg_request_72a78988f2edecad(arg0) {
  const ret = arg0.request;
  return ret;
}
function __wbg_require_b4edbdcf3e2a1ef0() {
  return handleError(function() {
    const ret = module.require;
    return ret;
  }, arguments);
}
function __wbg_resolve_35ec7e0c6af4c82c(arg0) {
  const ret = Promise.resolve(arg0);
  return ret;
}
function __wbg_result_1ee542654b519ece() {
  return handleError(function(arg0) {
    const ret = arg0.result;
    return ret;
  }, arguments);
}
function __wbg_roomid_unwrap(arg0) {
  const ret = RoomId.__unwrap(arg0);
  return ret;
}
function __wbg_roomkeycounts_new(arg0) {
  const ret = RoomKeyCounts.__wrap(arg0);
  return ret;
}
function __wbg_roomkeyimportresult_new(arg0) {
  const ret = RoomKeyImportResult.__wrap(arg0);
  return ret;
}
function __wbg_roomkeyinfo_new(arg0) {
  const ret = RoomKeyInfo.__wrap(arg0);
  return ret;
}
function __wbg_roomkeywithheldinfo_new(arg0) {
  const ret = RoomKeyWithheldInfo.__wrap(arg0);
  return ret;
}
function __wbg_roommessagerequest_new(arg0) {
  const ret = RoomMessageRequest.__wrap(arg0);
  return ret;
}
function __wbg_roompendingkeybundledetails_new(arg0) {
  const ret = RoomPendingKeyBundleDetails.__wrap(arg0);
  return ret;
}
function __wbg_roomsettings_new(arg0) {
  const ret = RoomSettings.__wrap(arg0);
  return ret;
}
function __wbg_sas_new(arg0) {
  const ret = Sas.__wrap(arg0);
  return ret;
}
function __wbg_secretsbundle_new(arg0) {
  const ret = SecretsBundle.__wrap(arg0);
  return ret;
}
function __wbg_setTimeout_56bcdccbad22fd44() {
  return handleError(function(arg0, arg1) {
    const ret = setTimeout(arg0, arg1);
    return ret;
  }, arguments);
}
function __wbg_set_0488601468e80715(arg0, arg1, arg2) {
  arg0.set(getArrayU8FromWasm0(arg1, arg2));
}
function __wbg_set_13d25b81ab403f5e(arg0, arg1, arg2) {
  arg0[arg1 >>> 0] = arg2;
}
function __wbg_set_6be42768c690e380(arg0, arg1, arg2) {
  arg0[arg1] = arg2;
}
function __wbg_set_bf6dde4923b9b059(arg0, arg1, arg2) {
  const ret = arg0.set(arg1, arg2);
  return ret;
}
function __wbg_set_onabort_1d0052c8998c83c3(arg0, arg1) {
  arg0.onabort = arg1;
}
function __wbg_set_oncomplete_18b4816241642ed1(arg0, arg1) {
  arg0.oncomplete = arg1;
}
function __wbg_set_onerror_1938848fb2ee8cc8(arg0, arg1) {
  arg0.onerror = arg1;
}
function __wbg_set_onerror_eddf5d542c5b47d7(arg0, arg1) {
  arg0.onerror = arg1;
}
function __wbg_set_onsuccess_4e8073573d1f2b4e(arg0, arg1) {
  arg0.onsuccess = arg1;
}
function __wbg_set_onupgradeneeded_49d6dd635034b91f(arg0, arg1) {
  arg0.onupgradeneeded = arg1;
}
function __wbg_set_unique_2cc42f748668f41d(arg0, arg1) {
  arg0.unique = arg1 !== 0;
}
function __wbg_signatures_new(arg0) {
  const ret = Signatures.__wrap(arg0);
  return ret;
}
function __wbg_signatureuploadrequest_new(arg0) {
  const ret = SignatureUploadRequest.__wrap(arg0);
  return ret;
}
function __wbg_signatureverification_new(arg0) {
  const ret = SignatureVerification.__wrap(arg0);
  return ret;
}
function __wbg_stack_3b0d974bbf31e44f(arg0, arg1) {
  const ret = arg1.stack;
  const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg_static_accessor_GLOBAL_8eb4cd83130a11a0() {
  const ret = typeof global === "undefined" ? null : global;
  return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
}
function __wbg_static_accessor_GLOBAL_THIS_1e7044f654e934db() {
  const ret = typeof globalThis === "undefined" ? null : globalThis;
  return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
}
function __wbg_static_accessor_SELF_d8b50611246a6d92() {
  const ret = typeof self === "undefined" ? null : self;
  return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
}
function __wbg_static_accessor_WINDOW_fd0bc376bf0f8b42() {
  const ret = typeof window === "undefined" ? null : window;
  return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
}
function __wbg_storedroomkeybundledata_new(arg0) {
  const ret = StoredRoomKeyBundleData.__wrap(arg0);
  return ret;
}
function __wbg_storehandle_new(arg0) {
  const ret = StoreHandle.__wrap(arg0);
  return ret;
}
function __wbg_stringify_54b3d9b61602aee6() {
  return handleError(function(arg0) {
    const ret = JSON.stringify(arg0);
    return ret;
  }, arguments);
}
function __wbg_subarray_1daff70dde20c145(arg0, arg1, arg2) {
  const ret = arg0.subarray(arg1 >>> 0, arg2 >>> 0);
  return ret;
}
function __wbg_target_3e80dc66a5936e87(arg0) {
  const ret = arg0.target;
  return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
}
function __wbg_then_7a850dae4493f353(arg0, arg1, arg2) {
  const ret = arg0.then(arg1, arg2);
  return ret;
}
function __wbg_then_b830475380919203(arg0, arg1) {
  const ret = arg0.then(arg1);
  return ret;
}
function __wbg_toString_794a30e85c994f2a(arg0) {
  const ret = arg0.toString();
  return ret;
}
function __wbg_todevicerequest_new(arg0) {
  const ret = ToDeviceRequest.__wrap(arg0);
  return ret;
}
function __wbg_transaction_3019f53fe122f6c8() {
  return handleError(function(arg0, arg1, arg2) {
    const ret = arg0.transaction(arg1, __wbindgen_enum_IdbTransactionMode[arg2]);
    return ret;
  }, arguments);
}
function __wbg_transaction_7cc4506d6cff2b51(arg0) {
  const ret = arg0.transaction;
  return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
}
function __wbg_transaction_83426eb500ee2f91(arg0) {
  const ret = arg0.transaction;
  return ret;
}
function __wbg_transaction_a42a399637cea7ea() {
  return handleError(function(arg0, arg1, arg2, arg3) {
    const ret = arg0.transaction(getStringFromWasm0(arg1, arg2), __wbindgen_enum_IdbTransactionMode[arg3]);
    return ret;
  }, arguments);
}
function __wbg_update_400214dbaa3d90bb() {
  return handleError(function(arg0, arg1) {
    const ret = arg0.update(arg1);
    return ret;
  }, arguments);
}
function __wbg_upperBound_33e5eb97e0acea4d() {
  return handleError(function(arg0, arg1) {
    const ret = IDBKeyRange.upperBound(arg0, arg1 !== 0);
    return ret;
  }, arguments);
}
function __wbg_userdevices_new(arg0) {
  const ret = UserDevices.__wrap(arg0);
  return ret;
}
function __wbg_userid_new(arg0) {
  const ret = UserId.__wrap(arg0);
  return ret;
}
function __wbg_userid_unwrap(arg0) {
  const ret = UserId.__unwrap(arg0);
  return ret;
}
function __wbg_utdtodeviceevent_new(arg0) {
  const ret = UTDToDeviceEvent.__wrap(arg0);
  return ret;
}
function __wbg_value_481b5a1bd4c573bd() {
  return handleError(function(arg0) {
    const ret = arg0.value;
    return ret;
  }, arguments);
}
function __wbg_value_c227f843d21da141(arg0) {
  const ret = arg0.value;
  return ret;
}
function __wbg_values_356ab3872fe9da3c(arg0) {
  const ret = arg0.values();
  return ret;
}
function __wbg_verificationrequest_new(arg0) {
  const ret = VerificationRequest.__wrap(arg0);
  return ret;
}
function __wbg_version_b9d21acf19fbf402(arg0) {
  const ret = arg0.version;
  return ret;
}
function __wbg_versions_276b2795b1c6a219(arg0) {
  const ret = arg0.versions;
  return ret;
}
function __wbg_warn_3418d951bf7618d2(arg0, arg1) {
  arg0.warn(arg1);
}
function __wbg_warn_d3544c7814fab534(arg0) {
  console.warn(arg0);
}
function __wbindgen_generic_0000000000000001(arg0, arg1) {
  const ret = makeMutClosure(arg0, arg1, wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___wasm_bindgen_49b719dbd852acb8___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_49b719dbd852acb8___JsError___true_);
  return ret;
}
function __wbindgen_generic_0000000000000002(arg0, arg1) {
  const ret = makeMutClosure(arg0, arg1, wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___web_sys_fe02f73cbd69cc6___features__gen_Event__Event______true_);
  return ret;
}
function __wbindgen_generic_0000000000000003(arg0, arg1) {
  const ret = makeMutClosure(arg0, arg1, wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___wasm_bindgen_49b719dbd852acb8___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_49b719dbd852acb8___JsError___true__590);
  return ret;
}
function __wbindgen_generic_0000000000000004(arg0, arg1) {
  const ret = makeMutClosure(arg0, arg1, wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke_______true_);
  return ret;
}
function __wbindgen_generic_0000000000000005(arg0) {
  const ret = arg0;
  return ret;
}
function __wbindgen_generic_0000000000000006(arg0) {
  const ret = arg0;
  return ret;
}
function __wbindgen_generic_0000000000000007(arg0, arg1) {
  const ret = getArrayU8FromWasm0(arg0, arg1);
  return ret;
}
function __wbindgen_generic_0000000000000008(arg0, arg1) {
  const ret = getStringFromWasm0(arg0, arg1);
  return ret;
}
function __wbindgen_generic_0000000000000009(arg0) {
  const ret = BigInt.asUintN(64, arg0);
  return ret;
}
function __wbindgen_generic_000000000000000a(arg0, arg1) {
  var v0 = getArrayJsValueFromWasm0(arg0, arg1);
  wasm.__wbindgen_free(arg0, arg1 * 4, 4);
  const ret = v0;
  return ret;
}
function __wbindgen_init_externref_table() {
  const table = wasm.__wbindgen_externrefs;
  const offset = table.grow(4);
  table.set(0, void 0);
  table.set(offset + 0, void 0);
  table.set(offset + 1, null);
  table.set(offset + 2, true);
  table.set(offset + 3, false);
}
function wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke_______true_(arg0, arg1) {
  wasm.wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke_______true_(arg0, arg1);
}
function wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___web_sys_fe02f73cbd69cc6___features__gen_Event__Event______true_(arg0, arg1, arg2) {
  wasm.wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___web_sys_fe02f73cbd69cc6___features__gen_Event__Event______true_(arg0, arg1, arg2);
}
function wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___wasm_bindgen_49b719dbd852acb8___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_49b719dbd852acb8___JsError___true_(arg0, arg1, arg2) {
  const ret = wasm.wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___wasm_bindgen_49b719dbd852acb8___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_49b719dbd852acb8___JsError___true_(arg0, arg1, arg2);
  if (ret[1]) {
    throw takeFromExternrefTable0(ret[0]);
  }
}
function wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___wasm_bindgen_49b719dbd852acb8___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_49b719dbd852acb8___JsError___true__590(arg0, arg1, arg2) {
  const ret = wasm.wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___wasm_bindgen_49b719dbd852acb8___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_49b719dbd852acb8___JsError___true__590(arg0, arg1, arg2);
  if (ret[1]) {
    throw takeFromExternrefTable0(ret[0]);
  }
}
function wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined_______true_(arg0, arg1, arg2, arg3) {
  wasm.wasm_bindgen_49b719dbd852acb8___convert__closures_____invoke___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined___js_sys_2784ec704a33ecc8___Function_fn_wasm_bindgen_49b719dbd852acb8___JsValue_____wasm_bindgen_49b719dbd852acb8___sys__Undefined_______true_(arg0, arg1, arg2, arg3);
}
var __wbindgen_enum_IdbRequestReadyState = ["pending", "done"];
var __wbindgen_enum_IdbTransactionMode = ["readonly", "readwrite", "versionchange", "readwriteflush", "cleanup"];
var AttachmentFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_attachment_free(ptr, 1));
var BackupDecryptionKeyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_backupdecryptionkey_free(ptr, 1));
var BackupKeysFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_backupkeys_free(ptr, 1));
var BackupSecretsBundleFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_backupsecretsbundle_free(ptr, 1));
var Base64EncodedPkMessageFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_base64encodedpkmessage_free(ptr, 1));
var BaseMigrationDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_basemigrationdata_free(ptr, 1));
var CancelInfoFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_cancelinfo_free(ptr, 1));
var CheckCodeFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_checkcode_free(ptr, 1));
var CollectStrategyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_collectstrategy_free(ptr, 1));
var CrossSigningBootstrapRequestsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_crosssigningbootstraprequests_free(ptr, 1));
var CrossSigningKeyExportFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_crosssigningkeyexport_free(ptr, 1));
var CrossSigningStatusFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_crosssigningstatus_free(ptr, 1));
var Curve25519PublicKeyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_curve25519publickey_free(ptr, 1));
var Curve25519SecretKeyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_curve25519secretkey_free(ptr, 1));
var DecryptedRoomEventFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_decryptedroomevent_free(ptr, 1));
var DecryptedToDeviceEventFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_decryptedtodeviceevent_free(ptr, 1));
var DecryptionSettingsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_decryptionsettings_free(ptr, 1));
var DehydratedDeviceFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_dehydrateddevice_free(ptr, 1));
var DehydratedDeviceKeyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_dehydrateddevicekey_free(ptr, 1));
var DehydratedDevicesFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_dehydrateddevices_free(ptr, 1));
var DeviceFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_device_free(ptr, 1));
var DeviceIdFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_deviceid_free(ptr, 1));
var DeviceKeyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_devicekey_free(ptr, 1));
var DeviceKeyAlgorithmFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_devicekeyalgorithm_free(ptr, 1));
var DeviceKeyIdFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_devicekeyid_free(ptr, 1));
var DeviceListsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_devicelists_free(ptr, 1));
var EciesFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_ecies_free(ptr, 1));
var Ed25519PublicKeyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_ed25519publickey_free(ptr, 1));
var Ed25519SignatureFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_ed25519signature_free(ptr, 1));
var EmojiFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_emoji_free(ptr, 1));
var EncryptedAttachmentFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_encryptedattachment_free(ptr, 1));
var EncryptionInfoFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_encryptioninfo_free(ptr, 1));
var EncryptionSettingsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_encryptionsettings_free(ptr, 1));
var EstablishedEciesFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_establishedecies_free(ptr, 1));
var EventIdFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_eventid_free(ptr, 1));
var IdentityKeysFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_identitykeys_free(ptr, 1));
var InboundCreationResultFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_inboundcreationresult_free(ptr, 1));
var InboundGroupSessionFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_inboundgroupsession_free(ptr, 1));
var InvalidToDeviceEventFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_invalidtodeviceevent_free(ptr, 1));
var KeysBackupRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_keysbackuprequest_free(ptr, 1));
var KeysClaimRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_keysclaimrequest_free(ptr, 1));
var KeysQueryRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_keysqueryrequest_free(ptr, 1));
var KeysUploadRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_keysuploadrequest_free(ptr, 1));
var MaybeSignatureFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_maybesignature_free(ptr, 1));
var MegolmDecryptionErrorFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_megolmdecryptionerror_free(ptr, 1));
var MegolmV1BackupKeyFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_megolmv1backupkey_free(ptr, 1));
var MigrationFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_migration_free(ptr, 1));
var Msc4108IntentDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_msc4108intentdata_free(ptr, 1));
var Msc4388IntentDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_msc4388intentdata_free(ptr, 1));
var OlmMachineFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_olmmachine_free(ptr, 1));
var OtherUserIdentityFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_otheruseridentity_free(ptr, 1));
var OutboundCreationResultFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_outboundcreationresult_free(ptr, 1));
var OwnUserIdentityFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_ownuseridentity_free(ptr, 1));
var PickledInboundGroupSessionFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_pickledinboundgroupsession_free(ptr, 1));
var PickledSessionFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_pickledsession_free(ptr, 1));
var PkDecryptionFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_pkdecryption_free(ptr, 1));
var PkEncryptionFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_pkencryption_free(ptr, 1));
var PkMessageFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_pkmessage_free(ptr, 1));
var PlainTextToDeviceEventFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_plaintexttodeviceevent_free(ptr, 1));
var PutDehydratedDeviceRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_putdehydrateddevicerequest_free(ptr, 1));
var QrFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_qr_free(ptr, 1));
var QrCodeFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_qrcode_free(ptr, 1));
var QrCodeDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_qrcodedata_free(ptr, 1));
var QrCodeIntentDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_qrcodeintentdata_free(ptr, 1));
var QrCodeScanFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_qrcodescan_free(ptr, 1));
var RehydratedDeviceFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_rehydrateddevice_free(ptr, 1));
var RoomIdFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roomid_free(ptr, 1));
var RoomKeyCountsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roomkeycounts_free(ptr, 1));
var RoomKeyImportResultFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roomkeyimportresult_free(ptr, 1));
var RoomKeyInfoFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roomkeyinfo_free(ptr, 1));
var RoomKeyWithheldInfoFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roomkeywithheldinfo_free(ptr, 1));
var RoomMessageRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roommessagerequest_free(ptr, 1));
var RoomPendingKeyBundleDetailsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roompendingkeybundledetails_free(ptr, 1));
var RoomSettingsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_roomsettings_free(ptr, 1));
var SasFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_sas_free(ptr, 1));
var SecretsBundleFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_secretsbundle_free(ptr, 1));
var ServerNameFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_servername_free(ptr, 1));
var ShieldStateFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_shieldstate_free(ptr, 1));
var SignatureFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_signature_free(ptr, 1));
var SignatureUploadRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_signatureuploadrequest_free(ptr, 1));
var SignatureVerificationFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_signatureverification_free(ptr, 1));
var SignaturesFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_signatures_free(ptr, 1));
var StoreHandleFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_storehandle_free(ptr, 1));
var StoredRoomKeyBundleDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_storedroomkeybundledata_free(ptr, 1));
var ToDeviceEncryptionInfoFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_todeviceencryptioninfo_free(ptr, 1));
var ToDeviceRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_todevicerequest_free(ptr, 1));
var ToDeviceUnableToDecryptInfoFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_todeviceunabletodecryptinfo_free(ptr, 1));
var TracingFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_tracing_free(ptr, 1));
var UTDToDeviceEventFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_utdtodeviceevent_free(ptr, 1));
var UploadSigningKeysRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_uploadsigningkeysrequest_free(ptr, 1));
var UserDevicesFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_userdevices_free(ptr, 1));
var UserIdFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_userid_free(ptr, 1));
var VerificationRequestFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_verificationrequest_free(ptr, 1));
var VersionsFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_versions_free(ptr, 1));
function addToExternrefTable0(obj) {
  const idx = wasm.__externref_table_alloc();
  wasm.__wbindgen_externrefs.set(idx, obj);
  return idx;
}
function _assertClass(instance, klass) {
  if (!(instance instanceof klass)) {
    throw new Error(`expected instance of ${klass.name}`);
  }
}
var CLOSURE_DTORS = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((state) => wasm.__wbindgen_destroy_closure(state.a, state.b));
function debugString(val) {
  const type = typeof val;
  if (type == "number" || type == "boolean" || val == null) {
    return `${val}`;
  }
  if (type == "string") {
    return `"${val}"`;
  }
  if (type == "symbol") {
    const description = val.description;
    if (description == null) {
      return "Symbol";
    } else {
      return `Symbol(${description})`;
    }
  }
  if (type == "function") {
    const name = val.name;
    if (typeof name == "string" && name.length > 0) {
      return `Function(${name})`;
    } else {
      return "Function";
    }
  }
  if (Array.isArray(val)) {
    const length = val.length;
    let debug = "[";
    if (length > 0) {
      debug += debugString(val[0]);
    }
    for (let i = 1; i < length; i++) {
      debug += ", " + debugString(val[i]);
    }
    debug += "]";
    return debug;
  }
  const builtInMatches = /\[object ([^\]]+)\]/.exec(toString.call(val));
  let className;
  if (builtInMatches && builtInMatches.length > 1) {
    className = builtInMatches[1];
  } else {
    return toString.call(val);
  }
  if (className == "Object") {
    try {
      return "Object(" + JSON.stringify(val) + ")";
    } catch (_) {
      return "Object";
    }
  }
  if (val instanceof Error) {
    return `${val.name}: ${val.message}
${val.stack}`;
  }
  return className;
}
function getArrayJsValueFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  const mem = getDataViewMemory0();
  const result = [];
  for (let i = ptr; i < ptr + 4 * len; i += 4) {
    result.push(wasm.__wbindgen_externrefs.get(mem.getUint32(i, true)));
  }
  wasm.__externref_drop_slice(ptr, len);
  return result;
}
function getArrayU16FromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return getUint16ArrayMemory0().subarray(ptr / 2, ptr / 2 + len);
}
function getArrayU8FromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}
var cachedDataViewMemory0 = null;
function getDataViewMemory0() {
  if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || cachedDataViewMemory0.buffer.detached === void 0 && cachedDataViewMemory0.buffer !== wasm.memory.buffer) {
    cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
  }
  return cachedDataViewMemory0;
}
function getStringFromWasm0(ptr, len) {
  return decodeText(ptr >>> 0, len);
}
var cachedUint16ArrayMemory0 = null;
function getUint16ArrayMemory0() {
  if (cachedUint16ArrayMemory0 === null || cachedUint16ArrayMemory0.byteLength === 0) {
    cachedUint16ArrayMemory0 = new Uint16Array(wasm.memory.buffer);
  }
  return cachedUint16ArrayMemory0;
}
var cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
  if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
    cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
  }
  return cachedUint8ArrayMemory0;
}
function handleError(f, args) {
  try {
    return f.apply(this, args);
  } catch (e) {
    const idx = addToExternrefTable0(e);
    wasm.__wbindgen_exn_store(idx);
  }
}
function isLikeNone(x) {
  return x === void 0 || x === null;
}
function makeMutClosure(arg0, arg1, f) {
  const state = { a: arg0, b: arg1, cnt: 1 };
  const real = (...args) => {
    state.cnt++;
    const a = state.a;
    state.a = 0;
    try {
      return f(a, state.b, ...args);
    } finally {
      state.a = a;
      real._wbg_cb_unref();
    }
  };
  real._wbg_cb_unref = () => {
    if (--state.cnt === 0) {
      wasm.__wbindgen_destroy_closure(state.a, state.b);
      state.a = 0;
      CLOSURE_DTORS.unregister(state);
    }
  };
  CLOSURE_DTORS.register(real, state, state);
  return real;
}
function passArray8ToWasm0(arg, malloc) {
  const ptr = malloc(arg.length * 1, 1) >>> 0;
  getUint8ArrayMemory0().set(arg, ptr / 1);
  WASM_VECTOR_LEN = arg.length;
  return ptr;
}
function passArrayJsValueToWasm0(array, malloc) {
  const ptr = malloc(array.length * 4, 4) >>> 0;
  for (let i = 0; i < array.length; i++) {
    const add = addToExternrefTable0(array[i]);
    getDataViewMemory0().setUint32(ptr + 4 * i, add, true);
  }
  WASM_VECTOR_LEN = array.length;
  return ptr;
}
function passStringToWasm0(arg, malloc, realloc) {
  if (realloc === void 0) {
    const buf = cachedTextEncoder.encode(arg);
    const ptr2 = malloc(buf.length, 1) >>> 0;
    getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
    WASM_VECTOR_LEN = buf.length;
    return ptr2;
  }
  let len = arg.length;
  let ptr = malloc(len, 1) >>> 0;
  const mem = getUint8ArrayMemory0();
  let offset = 0;
  for (; offset < len; offset++) {
    const code = arg.charCodeAt(offset);
    if (code > 127) break;
    mem[ptr + offset] = code;
  }
  if (offset !== len) {
    if (offset !== 0) {
      arg = arg.slice(offset);
    }
    ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
    const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
    const ret = cachedTextEncoder.encodeInto(arg, view);
    offset += ret.written;
    ptr = realloc(ptr, len, offset, 1) >>> 0;
  }
  WASM_VECTOR_LEN = offset;
  return ptr;
}
function takeFromExternrefTable0(idx) {
  const value = wasm.__wbindgen_externrefs.get(idx);
  wasm.__externref_table_dealloc(idx);
  return value;
}
var cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
cachedTextDecoder.decode();
var MAX_SAFARI_DECODE_BYTES = 2146435072;
var numBytesDecoded = 0;
function decodeText(ptr, len) {
  numBytesDecoded += len;
  if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
    cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
    cachedTextDecoder.decode();
    numBytesDecoded = len;
  }
  return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
var cachedTextEncoder = new TextEncoder();
if (!("encodeInto" in cachedTextEncoder)) {
  cachedTextEncoder.encodeInto = function(arg, view) {
    const buf = cachedTextEncoder.encode(arg);
    view.set(buf);
    return {
      read: arg.length,
      written: buf.length
    };
  };
}
var WASM_VECTOR_LEN = 0;
var wasm;
function __wbg_set_wasm(val) {
  wasm = val;
}

// node_modules/@matrix-org/matrix-sdk-crypto-wasm/node.mjs
var filename = fileURLToPath(new URL("./pkg/matrix_sdk_crypto_wasm_bg.wasm", import.meta.url));
__wbg_set_wasm(
  new Proxy(
    {},
    {
      get(_target, prop) {
        const instance = loadModuleSync();
        return instance[prop];
      }
    }
  )
);
var modPromise = null;
var initialised = false;
function loadModuleSync() {
  if (modPromise) throw new Error("The WASM module is being loaded asynchronously but hasn't finished");
  const bytes = readFileSync(filename);
  const mod = new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(mod, {
    // @ts-expect-error: The bindings don't exactly match the 'ExportValue' type
    "./matrix_sdk_crypto_wasm_bg.js": matrix_sdk_crypto_wasm_bg_exports
  });
  initInstance(instance);
  return instance.exports;
}
async function loadModuleAsync() {
  const bytes = await readFile(filename);
  const { instance } = await WebAssembly.instantiate(bytes, {
    // @ts-expect-error: The bindings don't exactly match the 'ExportValue' type
    "./matrix_sdk_crypto_wasm_bg.js": matrix_sdk_crypto_wasm_bg_exports
  });
  initInstance(instance);
  return instance.exports;
}
function initInstance(instance) {
  if (initialised) throw new Error("initInstance called twice");
  __wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  initialised = true;
}
async function initAsync() {
  if (initialised) return;
  if (!modPromise) modPromise = loadModuleAsync();
  await modPromise;
}

// node_modules/matrix-js-sdk/lib/rust-crypto/rust-crypto.js
var import_objectSpread22 = __toESM(require_objectSpread2(), 1);
var import_defineProperty8 = __toESM(require_defineProperty(), 1);
var import_another_json = __toESM(require_another_json(), 1);

// node_modules/matrix-js-sdk/lib/rust-crypto/RoomEncryptor.js
var import_defineProperty = __toESM(require_defineProperty(), 1);
var RoomEncryptor = class {
  /**
   * @param prefixedLogger - A logger to use for log messages.
   * @param olmMachine - The rust-sdk's OlmMachine
   * @param keyClaimManager - Our KeyClaimManager, which manages the queue of one-time-key claim requests
   * @param outgoingRequestManager - The OutgoingRequestManager, which manages the queue of outgoing requests.
   * @param room - The room we want to encrypt for
   * @param encryptionSettings - body of the m.room.encryption event currently in force in this room
   */
  constructor(prefixedLogger, olmMachine, keyClaimManager, outgoingRequestManager, room, encryptionSettings) {
    (0, import_defineProperty.default)(this, "lazyLoadedMembersResolved", false);
    (0, import_defineProperty.default)(this, "currentEncryptionPromise", Promise.resolve());
    this.prefixedLogger = prefixedLogger;
    this.olmMachine = olmMachine;
    this.keyClaimManager = keyClaimManager;
    this.outgoingRequestManager = outgoingRequestManager;
    this.room = room;
    this.encryptionSettings = encryptionSettings;
    const members = room.getJoinedMembers();
    this.olmMachine.updateTrackedUsers(members.map((u) => new UserId(u.userId))).catch((e) => this.prefixedLogger.error("Error initializing tracked users", e));
  }
  /**
   * Handle a new `m.room.encryption` event in this room
   *
   * @param config - The content of the encryption event
   */
  onCryptoEvent(config) {
    if (JSON.stringify(this.encryptionSettings) != JSON.stringify(config)) {
      throw new Error("Cannot reconfigure an active RoomEncryptor");
    }
  }
  /**
   * Handle a new `m.room.member` event in this room
   *
   * @param member - new membership state
   */
  onRoomMembership(member) {
    if (member.membership == KnownMembership.Join || member.membership == KnownMembership.Invite && this.room.shouldEncryptForInvitedMembers()) {
      this.olmMachine.updateTrackedUsers([new UserId(member.userId)]).catch((e) => {
        this.prefixedLogger.error("Unable to update tracked users", e);
      });
    }
  }
  /**
   * Prepare to encrypt events in this room.
   *
   * This ensures that we have a megolm session ready to use and that we have shared its key with all the devices
   * in the room.
   * @param globalBlacklistUnverifiedDevices - When `true`, and `deviceIsolationMode` is `AllDevicesIsolationMode`,
   * will not send encrypted messages to unverified devices.
   * Ignored when `deviceIsolationMode` is `OnlySignedDevicesIsolationMode`.
   * @param deviceIsolationMode - The device isolation mode. See {@link DeviceIsolationMode}.
   */
  async prepareForEncryption(globalBlacklistUnverifiedDevices, deviceIsolationMode) {
    await this.encryptEvent(null, globalBlacklistUnverifiedDevices, deviceIsolationMode);
  }
  /**
   * Encrypt an event for this room, or prepare for encryption.
   *
   * This will ensure that we have a megolm session for this room, share it with the devices in the room, and
   * then, if an event is provided, encrypt it using the session.
   *
   * @param event - Event to be encrypted, or null if only preparing for encryption (in which case we will pre-share the room key).
   * @param globalBlacklistUnverifiedDevices - When `true`, and `deviceIsolationMode` is `AllDevicesIsolationMode`,
   * will not send encrypted messages to unverified devices.
   * Ignored when `deviceIsolationMode` is `OnlySignedDevicesIsolationMode`.
   * @param deviceIsolationMode - The device isolation mode. See {@link DeviceIsolationMode}.
   */
  encryptEvent(event, globalBlacklistUnverifiedDevices, deviceIsolationMode) {
    const logger = new LogSpan(this.prefixedLogger, event ? event.getTxnId() ?? "" : "prepareForEncryption");
    const prom = this.currentEncryptionPromise.catch(() => {
    }).then(async () => {
      await logDuration(logger, "ensureEncryptionSession", async () => {
        await this.ensureEncryptionSession(logger, globalBlacklistUnverifiedDevices, deviceIsolationMode);
      });
      if (event) {
        await logDuration(logger, "encryptEventInner", async () => {
          await this.encryptEventInner(logger, event);
        });
      }
    });
    this.currentEncryptionPromise = prom;
    return prom;
  }
  /**
   * Prepare to encrypt events in this room.
   *
   * This ensures that we have a megolm session ready to use and that we have shared its key with all the devices
   * in the room.
   *
   * @param logger - a place to write diagnostics to
   * @param globalBlacklistUnverifiedDevices - When `true`, and `deviceIsolationMode` is `AllDevicesIsolationMode`,
   * will not send encrypted messages to unverified devices.
   * Ignored when `deviceIsolationMode` is `OnlySignedDevicesIsolationMode`.
   * @param deviceIsolationMode - The device isolation mode. See {@link DeviceIsolationMode}.
   */
  async ensureEncryptionSession(logger, globalBlacklistUnverifiedDevices, deviceIsolationMode) {
    if (this.encryptionSettings.algorithm !== "m.megolm.v1.aes-sha2") {
      throw new Error(`Cannot encrypt in ${this.room.roomId} for unsupported algorithm '${this.encryptionSettings.algorithm}'`);
    }
    logger.debug("Starting encryption");
    const members = await this.room.getEncryptionTargetMembers();
    if (!this.lazyLoadedMembersResolved) {
      await logDuration(logger, "loadMembersIfNeeded: updateTrackedUsers", async () => {
        await this.olmMachine.updateTrackedUsers(members.map((u) => new UserId(u.userId)));
      });
      logger.debug(`Updated tracked users`);
      this.lazyLoadedMembersResolved = true;
      logger.debug(`Processing outgoing requests`);
      await logDuration(logger, "doProcessOutgoingRequests", async () => {
        await this.outgoingRequestManager.doProcessOutgoingRequests();
      });
    } else {
      logger.debug(`Processing outgoing requests in background`);
      this.outgoingRequestManager.doProcessOutgoingRequests();
    }
    logger.debug(`Encrypting for users (shouldEncryptForInvitedMembers: ${this.room.shouldEncryptForInvitedMembers()}):`, members.map((u) => `${u.userId} (${u.membership})`));
    const userList = members.map((u) => new UserId(u.userId));
    await logDuration(logger, "ensureSessionsForUsers", async () => {
      await this.keyClaimManager.ensureSessionsForUsers(logger, userList);
    });
    const rustEncryptionSettings = new EncryptionSettings();
    rustEncryptionSettings.historyVisibility = toRustHistoryVisibility(this.room.getHistoryVisibility());
    rustEncryptionSettings.algorithm = EncryptionAlgorithm.MegolmV1AesSha2;
    if (typeof this.encryptionSettings.rotation_period_ms === "number") {
      rustEncryptionSettings.rotationPeriod = BigInt(this.encryptionSettings.rotation_period_ms * 1e3);
    }
    if (typeof this.encryptionSettings.rotation_period_msgs === "number") {
      rustEncryptionSettings.rotationPeriodMessages = BigInt(this.encryptionSettings.rotation_period_msgs);
    }
    switch (deviceIsolationMode.kind) {
      case DeviceIsolationModeKind.AllDevicesIsolationMode:
        {
          const onlyAllowTrustedDevices = this.room.getBlacklistUnverifiedDevices() ?? globalBlacklistUnverifiedDevices;
          rustEncryptionSettings.sharingStrategy = CollectStrategy.deviceBasedStrategy(onlyAllowTrustedDevices, deviceIsolationMode.errorOnVerifiedUserProblems);
        }
        break;
      case DeviceIsolationModeKind.OnlySignedDevicesIsolationMode:
        rustEncryptionSettings.sharingStrategy = CollectStrategy.identityBasedStrategy();
        break;
    }
    await logDuration(logger, "shareRoomKey", async () => {
      const shareMessages = await this.olmMachine.shareRoomKey(
        new RoomId(this.room.roomId),
        // safe to pass without cloning, as it's not reused here (before or after)
        userList,
        rustEncryptionSettings
      );
      if (shareMessages) {
        for (const m of shareMessages) {
          await this.outgoingRequestManager.outgoingRequestProcessor.makeOutgoingRequest(m);
        }
      }
    });
  }
  /**
   * Discard any existing group session for this room
   */
  async forceDiscardSession() {
    const r = await this.olmMachine.invalidateGroupSession(new RoomId(this.room.roomId));
    if (r) {
      this.prefixedLogger.info("Discarded existing group session");
    }
  }
  async encryptEventInner(logger, event) {
    logger.debug("Encrypting actual message content");
    const room = new RoomId(this.room.roomId);
    const type = event.getType();
    const content = JSON.stringify(event.getContent());
    let encryptedContent;
    if (event.isState()) {
      encryptedContent = await this.olmMachine.encryptStateEvent(
        room,
        type,
        // Safety: we've already checked above that this is a state event, so the state key must exist.
        event.getStateKey(),
        content
      );
    } else {
      encryptedContent = await this.olmMachine.encryptRoomEvent(room, type, content);
    }
    event.makeEncrypted(EventType.RoomMessageEncrypted, JSON.parse(encryptedContent), this.olmMachine.identityKeys.curve25519.toBase64(), this.olmMachine.identityKeys.ed25519.toBase64());
    logger.debug("Encrypted event successfully");
  }
};
function toRustHistoryVisibility(visibility) {
  switch (visibility) {
    case HistoryVisibility.Invited:
      return HistoryVisibility2.Invited;
    case HistoryVisibility.Joined:
      return HistoryVisibility2.Joined;
    case HistoryVisibility.Shared:
      return HistoryVisibility2.Shared;
    case HistoryVisibility.WorldReadable:
      return HistoryVisibility2.WorldReadable;
  }
}

// node_modules/matrix-js-sdk/lib/rust-crypto/OutgoingRequestProcessor.js
var import_objectSpread2 = __toESM(require_objectSpread2(), 1);

// node_modules/matrix-js-sdk/lib/rust-crypto/DehydratedDeviceManager.js
var import_defineProperty2 = __toESM(require_defineProperty(), 1);
var UnstablePrefix = "/_matrix/client/unstable/org.matrix.msc3814.v1";
var SECRET_STORAGE_NAME = "org.matrix.msc3814";
var DEHYDRATION_INTERVAL = 7 * 24 * 60 * 60 * 1e3;
var DehydratedDeviceManager = class extends TypedEventEmitter {
  constructor(logger, olmMachine, http, outgoingRequestProcessor, secretStorage) {
    super();
    (0, import_defineProperty2.default)(this, "intervalId", void 0);
    this.logger = logger;
    this.olmMachine = olmMachine;
    this.http = http;
    this.outgoingRequestProcessor = outgoingRequestProcessor;
    this.secretStorage = secretStorage;
  }
  async cacheKey(key) {
    await this.olmMachine.dehydratedDevices().saveDehydratedDeviceKey(key);
    this.emit(CryptoEvent.DehydrationKeyCached);
  }
  /**
   * Return whether the server supports dehydrated devices.
   */
  async isSupported() {
    try {
      await this.http.authedRequest(Method.Get, "/dehydrated_device", void 0, void 0, {
        prefix: UnstablePrefix
      });
    } catch (error) {
      const err = error;
      if (err.errcode === "M_UNRECOGNIZED") {
        return false;
      } else if (err.errcode === "M_NOT_FOUND") {
        return true;
      }
      throw error;
    }
    return true;
  }
  /**
   * Start using device dehydration.
   *
   * - Rehydrates a dehydrated device, if one is available and `opts.rehydrate`
   *   is `true`.
   * - Creates a new dehydration key, if necessary, and stores it in Secret
   *   Storage.
   *   - If `opts.createNewKey` is set to true, always creates a new key.
   *   - If a dehydration key is not available, creates a new one.
   * - Creates a new dehydrated device, and schedules periodically creating
   *   new dehydrated devices.
   *
   * @param opts - options for device dehydration. For backwards compatibility
   *     with old code, a boolean can be given here, which will be treated as
   *     the `createNewKey` option. However, this is deprecated.
   */
  async start(opts = {}) {
    if (typeof opts === "boolean") {
      opts = {
        createNewKey: opts
      };
    }
    if (opts.onlyIfKeyCached && !await this.olmMachine.dehydratedDevices().getDehydratedDeviceKey()) {
      return;
    }
    this.stop();
    if (opts.rehydrate !== false) {
      try {
        await this.rehydrateDeviceIfAvailable();
      } catch (e) {
        this.logger.info("dehydration: Error rehydrating device:", e);
        this.emit(CryptoEvent.RehydrationError, e.message);
      }
    }
    if (opts.createNewKey) {
      await this.resetKey();
    }
    await this.scheduleDeviceDehydration();
  }
  /**
   * Return whether the dehydration key is stored in Secret Storage.
   */
  async isKeyStored() {
    return Boolean(await this.secretStorage.isStored(SECRET_STORAGE_NAME));
  }
  /**
   * Reset the dehydration key.
   *
   * Creates a new key and stores it in secret storage.
   *
   * @returns The newly-generated key.
   */
  async resetKey() {
    const key = DehydratedDeviceKey.createRandomKey();
    await this.secretStorage.store(SECRET_STORAGE_NAME, key.toBase64());
    await this.cacheKey(key);
    return key;
  }
  /**
   * Get and cache the encryption key from secret storage.
   *
   * If `create` is `true`, creates a new key if no existing key is present.
   *
   * @returns the key, if available, or `null` if no key is available
   */
  async getKey(create) {
    const cachedKey = await this.olmMachine.dehydratedDevices().getDehydratedDeviceKey();
    if (cachedKey) return cachedKey;
    const keyB64 = await this.secretStorage.get(SECRET_STORAGE_NAME);
    if (keyB64 === void 0) {
      if (!create) {
        return null;
      }
      return await this.resetKey();
    }
    const bytes = decodeBase64(keyB64);
    try {
      const key = DehydratedDeviceKey.createKeyFromArray(bytes);
      await this.cacheKey(key);
      return key;
    } finally {
      bytes.fill(0);
    }
  }
  /**
   * Rehydrate the dehydrated device stored on the server.
   *
   * Checks if there is a dehydrated device on the server.  If so, rehydrates
   * the device and processes the to-device events.
   *
   * Returns whether or not a dehydrated device was found.
   */
  async rehydrateDeviceIfAvailable() {
    const key = await this.getKey(false);
    if (!key) {
      return false;
    }
    let dehydratedDeviceResp;
    try {
      dehydratedDeviceResp = await this.http.authedRequest(Method.Get, "/dehydrated_device", void 0, void 0, {
        prefix: UnstablePrefix
      });
    } catch (error) {
      const err = error;
      if (err.errcode === "M_NOT_FOUND" || err.errcode === "M_UNRECOGNIZED") {
        this.logger.info("dehydration: No dehydrated device");
        return false;
      }
      throw err;
    }
    this.logger.info("dehydration: dehydrated device found");
    this.emit(CryptoEvent.RehydrationStarted);
    const rehydratedDevice = await this.olmMachine.dehydratedDevices().rehydrate(key, new DeviceId(dehydratedDeviceResp.device_id), JSON.stringify(dehydratedDeviceResp.device_data));
    this.logger.info("dehydration: device rehydrated");
    let nextBatch = void 0;
    let toDeviceCount = 0;
    let roomKeyCount = 0;
    const path = encodeUri("/dehydrated_device/$device_id/events", {
      $device_id: dehydratedDeviceResp.device_id
    });
    do {
      const eventResp = await this.http.authedRequest(Method.Get, path, nextBatch ? {
        from: nextBatch
      } : void 0, void 0, {
        prefix: UnstablePrefix
      });
      toDeviceCount += eventResp.events.length;
      nextBatch = eventResp.next_batch;
      if (eventResp.events.length > 0) {
        const roomKeyInfos = await rehydratedDevice.receiveEvents(JSON.stringify(eventResp.events));
        roomKeyCount += roomKeyInfos.length;
        this.emit(CryptoEvent.RehydrationProgress, roomKeyCount, toDeviceCount);
      }
    } while (nextBatch !== void 0);
    this.logger.info(`dehydration: received ${roomKeyCount} room keys from ${toDeviceCount} to-device events`);
    this.emit(CryptoEvent.RehydrationCompleted);
    return true;
  }
  /**
   * Creates and uploads a new dehydrated device.
   *
   * Creates and stores a new key in secret storage if none is available.
   */
  async createAndUploadDehydratedDevice() {
    const key = await this.getKey(true);
    const dehydratedDevice = await this.olmMachine.dehydratedDevices().create();
    this.emit(CryptoEvent.DehydratedDeviceCreated);
    const request = await dehydratedDevice.keysForUpload("Dehydrated device", key);
    await this.outgoingRequestProcessor.makeOutgoingRequest(request);
    this.emit(CryptoEvent.DehydratedDeviceUploaded);
    this.logger.info("dehydration: uploaded device");
  }
  /**
   * Schedule periodic creation of dehydrated devices.
   */
  async scheduleDeviceDehydration() {
    this.stop();
    await this.createAndUploadDehydratedDevice();
    this.intervalId = setInterval(() => {
      this.createAndUploadDehydratedDevice().catch((error) => {
        this.emit(CryptoEvent.DehydratedDeviceRotationError, error.message);
        this.logger.error("Error creating dehydrated device:", error);
      });
    }, DEHYDRATION_INTERVAL);
  }
  /**
   * Stop the dehydrated device manager.
   *
   * Cancels any scheduled dehydration tasks.
   */
  stop() {
    if (this.intervalId) {
      clearInterval(this.intervalId);
      this.intervalId = void 0;
    }
  }
  /**
   * Delete the current dehydrated device and stop the dehydrated device manager.
   */
  async delete() {
    this.stop();
    try {
      await this.http.authedRequest(Method.Delete, "/dehydrated_device", void 0, {}, {
        prefix: UnstablePrefix
      });
    } catch (error) {
      const err = error;
      if (err.errcode === "M_UNRECOGNIZED") {
        return;
      } else if (err.errcode === "M_NOT_FOUND") {
        return;
      }
      throw error;
    }
  }
};

// node_modules/matrix-js-sdk/lib/rust-crypto/OutgoingRequestProcessor.js
var OutgoingRequestProcessor = class {
  constructor(logger, olmMachine, http) {
    this.logger = logger;
    this.olmMachine = olmMachine;
    this.http = http;
  }
  async makeOutgoingRequest(msg, uiaCallback) {
    let resp;
    if (msg instanceof KeysUploadRequest) {
      resp = await this.requestWithRetry(Method.Post, "/_matrix/client/v3/keys/upload", {}, msg.body);
    } else if (msg instanceof KeysQueryRequest) {
      resp = await this.requestWithRetry(Method.Post, "/_matrix/client/v3/keys/query", {}, msg.body);
    } else if (msg instanceof KeysClaimRequest) {
      resp = await this.requestWithRetry(Method.Post, "/_matrix/client/v3/keys/claim", {}, msg.body);
    } else if (msg instanceof SignatureUploadRequest) {
      resp = await this.requestWithRetry(Method.Post, "/_matrix/client/v3/keys/signatures/upload", {}, msg.body);
    } else if (msg instanceof KeysBackupRequest) {
      resp = await this.requestWithRetry(Method.Put, "/_matrix/client/v3/room_keys/keys", {
        version: msg.version
      }, msg.body);
    } else if (msg instanceof ToDeviceRequest) {
      resp = await this.sendToDeviceRequest(msg);
    } else if (msg instanceof RoomMessageRequest) {
      const path = `/_matrix/client/v3/rooms/${encodeURIComponent(msg.room_id)}/send/${encodeURIComponent(msg.event_type)}/${encodeURIComponent(msg.txn_id)}`;
      resp = await this.requestWithRetry(Method.Put, path, {}, msg.body);
    } else if (msg instanceof UploadSigningKeysRequest) {
      await this.makeRequestWithUIA(Method.Post, "/_matrix/client/v3/keys/device_signing/upload", {}, msg.body, uiaCallback);
      return;
    } else if (msg instanceof PutDehydratedDeviceRequest) {
      const path = UnstablePrefix + "/dehydrated_device";
      await this.rawJsonRequest(Method.Put, path, {}, msg.body);
      return;
    } else {
      this.logger.warn("Unsupported outgoing message", Object.getPrototypeOf(msg));
      resp = "";
    }
    if (msg.id) {
      try {
        await logDuration(this.logger, `Mark Request as sent ${msg.type}`, async () => {
          await this.olmMachine.markRequestAsSent(msg.id, msg.type, resp);
        });
      } catch (e) {
        if (e instanceof Error && (e.message === "Attempt to use a moved value" || e.message === "null pointer passed to rust")) {
          this.logger.debug(`Ignoring error '${e.message}': client is likely shutting down`);
        } else {
          throw e;
        }
      }
    } else {
      this.logger.trace(`Outgoing request type:${msg.type} does not have an ID`);
    }
  }
  /**
   * Send the HTTP request for a `ToDeviceRequest`
   *
   * @param request - request to send
   * @returns JSON-serialized body of the response, if successful
   */
  async sendToDeviceRequest(request) {
    const parsedBody = JSON.parse(request.body);
    const messageList = [];
    for (const [userId, perUserMessages] of Object.entries(parsedBody.messages)) {
      for (const [deviceId, message] of Object.entries(perUserMessages)) {
        messageList.push(`${userId}/${deviceId} (msgid ${message[ToDeviceMessageId]})`);
      }
    }
    this.logger.info(`Sending batch of to-device messages. type=${request.event_type} txnid=${request.txn_id}`, messageList);
    const path = `/_matrix/client/v3/sendToDevice/${encodeURIComponent(request.event_type)}/` + encodeURIComponent(request.txn_id);
    return await this.requestWithRetry(Method.Put, path, {}, request.body);
  }
  async makeRequestWithUIA(method, path, queryParams, body, uiaCallback) {
    if (!uiaCallback) {
      return await this.requestWithRetry(method, path, queryParams, body);
    }
    const parsedBody = JSON.parse(body);
    const makeRequest = async (auth) => {
      const newBody = (0, import_objectSpread2.default)({}, parsedBody);
      if (auth !== null) {
        newBody.auth = auth;
      }
      const resp2 = await this.requestWithRetry(method, path, queryParams, JSON.stringify(newBody));
      return JSON.parse(resp2);
    };
    const resp = await uiaCallback(makeRequest);
    return JSON.stringify(resp);
  }
  async requestWithRetry(method, path, queryParams, body) {
    let currentRetryCount = 0;
    while (true) {
      try {
        return await this.rawJsonRequest(method, path, queryParams, body);
      } catch (e) {
        currentRetryCount++;
        const backoff = calculateRetryBackoff(e, currentRetryCount, true);
        if (backoff < 0) {
          throw e;
        }
        await sleep(backoff);
      }
    }
  }
  async rawJsonRequest(method, path, queryParams, body) {
    const opts = {
      // inhibit the JSON stringification and parsing within HttpApi.
      json: false,
      // nevertheless, we are sending, and accept, JSON.
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json"
      },
      // we use the full prefix
      prefix: "",
      // We set a timeout of 60 seconds to guard against requests getting stuck forever and wedging the
      // request loop (cf https://github.com/element-hq/element-web/issues/29534).
      //
      // (XXX: should we do this in the whole of the js-sdk?)
      localTimeoutMs: 6e4
    };
    return await this.http.authedRequest(method, path, queryParams, body, opts);
  }
};

// node_modules/matrix-js-sdk/lib/rust-crypto/KeyClaimManager.js
var import_defineProperty3 = __toESM(require_defineProperty(), 1);
var KeyClaimManager = class {
  constructor(olmMachine, outgoingRequestProcessor) {
    (0, import_defineProperty3.default)(this, "currentClaimPromise", void 0);
    (0, import_defineProperty3.default)(this, "stopped", false);
    this.olmMachine = olmMachine;
    this.outgoingRequestProcessor = outgoingRequestProcessor;
    this.currentClaimPromise = Promise.resolve();
  }
  /**
   * Tell the KeyClaimManager to immediately stop processing requests.
   *
   * Any further calls, and any still in the queue, will fail with an error.
   */
  stop() {
    this.stopped = true;
  }
  /**
   * Given a list of users, attempt to ensure that we have Olm Sessions active with each of their devices
   *
   * If we don't have an active olm session, we will claim a one-time key and start one.
   * @param logger - logger to use
   * @param userList - list of userIDs to claim
   */
  ensureSessionsForUsers(logger, userList) {
    const prom = this.currentClaimPromise.catch(() => {
    }).then(() => this.ensureSessionsForUsersInner(logger, userList));
    this.currentClaimPromise = prom;
    return prom;
  }
  async ensureSessionsForUsersInner(logger, userList) {
    if (this.stopped) {
      throw new Error(`Cannot ensure Olm sessions: shutting down`);
    }
    logger.info("Checking for missing Olm sessions");
    const claimRequest = await this.olmMachine.getMissingSessions(userList.map((u) => u.clone()));
    if (claimRequest) {
      logger.info("Making /keys/claim request");
      await this.outgoingRequestProcessor.makeOutgoingRequest(claimRequest);
    }
    logger.info("Olm sessions prepared");
  }
};

// node_modules/matrix-js-sdk/lib/rust-crypto/device-converter.js
function rustDeviceToJsDevice(device, userId) {
  const keys = /* @__PURE__ */ new Map();
  for (const [keyId, key] of device.keys.entries()) {
    keys.set(keyId.toString(), key.toBase64());
  }
  let verified = DeviceVerification.Unverified;
  if (device.isBlacklisted()) {
    verified = DeviceVerification.Blocked;
  } else if (device.isVerified()) {
    verified = DeviceVerification.Verified;
  }
  const signatures = /* @__PURE__ */ new Map();
  const mayBeSignatureMap = device.signatures.get(userId);
  if (mayBeSignatureMap) {
    const convertedSignatures = /* @__PURE__ */ new Map();
    for (const [key, value] of mayBeSignatureMap.entries()) {
      if (value.isValid() && value.signature) {
        convertedSignatures.set(key, value.signature.toBase64());
      }
    }
    signatures.set(userId.toString(), convertedSignatures);
  }
  const rustAlgorithms = device.algorithms;
  const algorithms = /* @__PURE__ */ new Set();
  rustAlgorithms.forEach((algorithm) => {
    switch (algorithm) {
      case EncryptionAlgorithm.MegolmV1AesSha2:
        algorithms.add("m.megolm.v1.aes-sha2");
        break;
      case EncryptionAlgorithm.OlmV1Curve25519AesSha2:
      default:
        algorithms.add("m.olm.v1.curve25519-aes-sha2");
        break;
    }
  });
  return new Device({
    deviceId: device.deviceId.toString(),
    userId: userId.toString(),
    keys,
    algorithms: Array.from(algorithms),
    verified,
    signatures,
    displayName: device.displayName,
    dehydrated: device.isDehydrated
  });
}
function deviceKeysToDeviceMap(deviceKeys) {
  return new Map(Object.entries(deviceKeys).map(([deviceId, device]) => [deviceId, downloadDeviceToJsDevice(device)]));
}
function downloadDeviceToJsDevice(device) {
  const keys = new Map(Object.entries(device.keys));
  const displayName = device.unsigned?.device_display_name;
  const signatures = /* @__PURE__ */ new Map();
  if (device.signatures) {
    for (const userId in device.signatures) {
      signatures.set(userId, new Map(Object.entries(device.signatures[userId])));
    }
  }
  return new Device({
    deviceId: device.device_id,
    userId: device.user_id,
    keys,
    algorithms: device.algorithms,
    verified: DeviceVerification.Unverified,
    signatures,
    displayName
  });
}

// node_modules/matrix-js-sdk/lib/rust-crypto/CrossSigningIdentity.js
var CrossSigningIdentity = class {
  constructor(logger, olmMachine, outgoingRequestProcessor, secretStorage) {
    this.logger = logger;
    this.olmMachine = olmMachine;
    this.outgoingRequestProcessor = outgoingRequestProcessor;
    this.secretStorage = secretStorage;
  }
  /**
   * Initialise our cross-signing keys by creating new keys if they do not exist, and uploading to the server
   */
  async bootstrapCrossSigning(opts) {
    if (opts.setupNewCrossSigning) {
      await this.resetCrossSigning(opts.authUploadDeviceSigningKeys);
      return;
    }
    const olmDeviceStatus = await this.olmMachine.crossSigningStatus();
    const masterKeyFromSecretStorage = await this.secretStorage.get("m.cross_signing.master");
    const selfSigningKeyFromSecretStorage = await this.secretStorage.get("m.cross_signing.self_signing");
    const userSigningKeyFromSecretStorage = await this.secretStorage.get("m.cross_signing.user_signing");
    const privateKeysInSecretStorage = Boolean(masterKeyFromSecretStorage && selfSigningKeyFromSecretStorage && userSigningKeyFromSecretStorage);
    const olmDeviceHasKeys = olmDeviceStatus.hasMaster && olmDeviceStatus.hasUserSigning && olmDeviceStatus.hasSelfSigning;
    this.logger.debug("bootstrapCrossSigning: starting", {
      setupNewCrossSigning: opts.setupNewCrossSigning,
      olmDeviceHasMaster: olmDeviceStatus.hasMaster,
      olmDeviceHasUserSigning: olmDeviceStatus.hasUserSigning,
      olmDeviceHasSelfSigning: olmDeviceStatus.hasSelfSigning,
      privateKeysInSecretStorage
    });
    if (olmDeviceHasKeys) {
      if (!await this.secretStorage.hasKey()) {
        this.logger.warn("bootstrapCrossSigning: Olm device has private keys, but secret storage is not yet set up; doing nothing for now.");
      } else if (!privateKeysInSecretStorage) {
        this.logger.debug("bootstrapCrossSigning: Olm device has private keys: exporting to secret storage");
        await this.exportCrossSigningKeysToStorage();
      } else {
        this.logger.debug("bootstrapCrossSigning: Olm device has private keys and they are saved in secret storage; doing nothing");
      }
    } else {
      if (privateKeysInSecretStorage) {
        this.logger.debug("bootstrapCrossSigning: Cross-signing private keys not found locally, but they are available in secret storage, reading storage and caching locally");
        const status = await this.olmMachine.importCrossSigningKeys(masterKeyFromSecretStorage, selfSigningKeyFromSecretStorage, userSigningKeyFromSecretStorage);
        if (!status.hasMaster || !status.hasSelfSigning || !status.hasUserSigning) {
          throw new Error("importCrossSigningKeys failed to import the keys");
        }
        const device = await this.olmMachine.getDevice(this.olmMachine.userId, this.olmMachine.deviceId);
        try {
          const request = await device.verify();
          await this.outgoingRequestProcessor.makeOutgoingRequest(request);
        } finally {
          device.free();
        }
      } else {
        this.logger.debug("bootstrapCrossSigning: Cross-signing private keys not found locally or in secret storage, creating new keys");
        await this.resetCrossSigning(opts.authUploadDeviceSigningKeys);
      }
    }
    this.logger.debug("bootstrapCrossSigning: complete");
  }
  /** Reset our cross-signing keys
   *
   * This method will:
   *   * Tell the OlmMachine to create new keys
   *   * Upload the new public keys and the device signature to the server
   *   * Upload the private keys to SSSS, if it is set up
   */
  async resetCrossSigning(authUploadDeviceSigningKeys) {
    const outgoingRequests = await this.olmMachine.bootstrapCrossSigning(true);
    if (!await this.secretStorage.hasKey()) {
      this.logger.warn("resetCrossSigning: Secret storage is not yet set up; not exporting keys to secret storage yet.");
    } else {
      this.logger.debug("resetCrossSigning: exporting private keys to secret storage");
      await this.exportCrossSigningKeysToStorage();
    }
    this.logger.debug("resetCrossSigning: publishing public keys to server");
    for (const req of [outgoingRequests.uploadKeysRequest, outgoingRequests.uploadSigningKeysRequest, outgoingRequests.uploadSignaturesRequest]) {
      if (req) {
        await this.outgoingRequestProcessor.makeOutgoingRequest(req, authUploadDeviceSigningKeys);
      }
    }
  }
  /**
   * Extract the cross-signing keys from the olm machine and save them to secret storage, if it is configured
   *
   * (If secret storage is *not* configured, we assume that the export will happen when it is set up)
   */
  async exportCrossSigningKeysToStorage() {
    const exported = await this.olmMachine.exportCrossSigningKeys();
    if (exported?.masterKey) {
      await this.secretStorage.store("m.cross_signing.master", exported.masterKey);
    } else {
      this.logger.error(`Cannot export MSK to secret storage, private key unknown`);
    }
    if (exported?.self_signing_key) {
      await this.secretStorage.store("m.cross_signing.self_signing", exported.self_signing_key);
    } else {
      this.logger.error(`Cannot export SSK to secret storage, private key unknown`);
    }
    if (exported?.userSigningKey) {
      await this.secretStorage.store("m.cross_signing.user_signing", exported.userSigningKey);
    } else {
      this.logger.error(`Cannot export USK to secret storage, private key unknown`);
    }
  }
};

// node_modules/matrix-js-sdk/lib/rust-crypto/secret-storage.js
async function secretStorageContainsCrossSigningKeys(secretStorage) {
  return secretStorageCanAccessSecrets(secretStorage, ["m.cross_signing.master", "m.cross_signing.user_signing", "m.cross_signing.self_signing"]);
}
async function secretStorageCanAccessSecrets(secretStorage, secretNames) {
  const defaultKeyId = await secretStorage.getDefaultKeyId();
  if (!defaultKeyId) return false;
  for (const secretName of secretNames) {
    const record = await secretStorage.isStored(secretName) || {};
    if (!(defaultKeyId in record)) return false;
  }
  return true;
}

// node_modules/matrix-js-sdk/lib/rust-crypto/verification.js
var import_defineProperty4 = __toESM(require_defineProperty(), 1);

// node_modules/matrix-js-sdk/lib/types.js
var VerificationMethod2 = /* @__PURE__ */ (function(VerificationMethod3) {
  VerificationMethod3["Sas"] = "m.sas.v1";
  VerificationMethod3["ShowQrCode"] = "m.qr_code.show.v1";
  VerificationMethod3["ScanQrCode"] = "m.qr_code.scan.v1";
  VerificationMethod3["Reciprocate"] = "m.reciprocate.v1";
  return VerificationMethod3;
})({});

// node_modules/matrix-js-sdk/lib/rust-crypto/verification.js
var RustVerificationRequest = class extends TypedEventEmitter {
  /**
   * Construct a new RustVerificationRequest to wrap the rust-level `VerificationRequest`.
   *
   * @param logger - A logger instance which will be used to log events.
   * @param olmMachine - The `OlmMachine` from the underlying rust crypto sdk.
   * @param inner - VerificationRequest from the Rust SDK.
   * @param outgoingRequestProcessor - `OutgoingRequestProcessor` to use for making outgoing HTTP requests.
   * @param supportedVerificationMethods - Verification methods to use when `accept()` is called.
   */
  constructor(logger, olmMachine, inner, outgoingRequestProcessor, supportedVerificationMethods) {
    super();
    (0, import_defineProperty4.default)(this, "reEmitter", void 0);
    (0, import_defineProperty4.default)(this, "_accepting", false);
    (0, import_defineProperty4.default)(this, "_cancelling", false);
    (0, import_defineProperty4.default)(this, "_verifier", void 0);
    this.logger = logger;
    this.olmMachine = olmMachine;
    this.inner = inner;
    this.outgoingRequestProcessor = outgoingRequestProcessor;
    this.supportedVerificationMethods = supportedVerificationMethods;
    this.reEmitter = new TypedReEmitter(this);
    const weakThis = new WeakRef(this);
    inner.registerChangesCallback(async () => weakThis.deref()?.onChange());
  }
  /**
   * Hook which is called when the underlying rust class notifies us that there has been a change.
   */
  onChange() {
    const verification = this.inner.getVerification();
    if (verification instanceof Sas) {
      if (this._verifier === void 0 || this._verifier instanceof RustQrCodeVerifier) {
        this.setVerifier(new RustSASVerifier(verification, this, this.outgoingRequestProcessor));
      } else if (this._verifier instanceof RustSASVerifier) {
        this._verifier.replaceInner(verification);
      }
    } else if (verification instanceof Qr && this._verifier === void 0) {
      this.setVerifier(new RustQrCodeVerifier(verification, this.outgoingRequestProcessor));
    }
    this.emit(VerificationRequestEvent.Change);
  }
  setVerifier(verifier) {
    if (this._verifier) {
      this.reEmitter.stopReEmitting(this._verifier, [VerificationRequestEvent.Change]);
    }
    this._verifier = verifier;
    this.reEmitter.reEmit(this._verifier, [VerificationRequestEvent.Change]);
  }
  /**
   * Unique ID for this verification request.
   *
   * An ID isn't assigned until the first message is sent, so this may be `undefined` in the early phases.
   */
  get transactionId() {
    return this.inner.flowId;
  }
  /**
   * For an in-room verification, the ID of the room.
   *
   * For to-device verifications, `undefined`.
   */
  get roomId() {
    return this.inner.roomId?.toString();
  }
  /**
   * True if this request was initiated by the local client.
   *
   * For in-room verifications, the initiator is who sent the `m.key.verification.request` event.
   * For to-device verifications, the initiator is who sent the `m.key.verification.start` event.
   */
  get initiatedByMe() {
    return this.inner.weStarted();
  }
  /** The user id of the other party in this request */
  get otherUserId() {
    return this.inner.otherUserId.toString();
  }
  /** For verifications via to-device messages: the ID of the other device. Otherwise, undefined. */
  get otherDeviceId() {
    return this.inner.otherDeviceId?.toString();
  }
  /** Get the other device involved in the verification, if it is known */
  async getOtherDevice() {
    const otherDeviceId = this.inner.otherDeviceId;
    if (!otherDeviceId) {
      return void 0;
    }
    return await this.olmMachine.getDevice(this.inner.otherUserId, otherDeviceId, 5);
  }
  /** True if the other party in this request is one of this user's own devices. */
  get isSelfVerification() {
    return this.inner.isSelfVerification();
  }
  /** current phase of the request. */
  get phase() {
    const phase = this.inner.phase();
    switch (phase) {
      case VerificationRequestPhase.Created:
      case VerificationRequestPhase.Requested:
        return VerificationPhase.Requested;
      case VerificationRequestPhase.Ready:
        return this._accepting ? VerificationPhase.Requested : VerificationPhase.Ready;
      case VerificationRequestPhase.Transitioned:
        if (!this._verifier) {
          throw new Error("VerificationRequest: inner phase == Transitioned but no verifier!");
        }
        return this._verifier.verificationPhase;
      case VerificationRequestPhase.Done:
        return VerificationPhase.Done;
      case VerificationRequestPhase.Cancelled:
        return VerificationPhase.Cancelled;
    }
    throw new Error(`Unknown verification phase ${phase}`);
  }
  /** True if the request has sent its initial event and needs more events to complete
   * (ie it is in phase `Requested`, `Ready` or `Started`).
   */
  get pending() {
    if (this.inner.isPassive()) return false;
    const phase = this.phase;
    return phase !== VerificationPhase.Done && phase !== VerificationPhase.Cancelled;
  }
  /**
   * True if we have started the process of sending an `m.key.verification.ready` (but have not necessarily received
   * the remote echo which causes a transition to {@link VerificationPhase.Ready}.
   */
  get accepting() {
    return this._accepting;
  }
  /**
   * True if we have started the process of sending an `m.key.verification.cancel` (but have not necessarily received
   * the remote echo which causes a transition to {@link VerificationPhase.Cancelled}).
   */
  get declining() {
    return this._cancelling;
  }
  /**
   * The remaining number of ms before the request will be automatically cancelled.
   *
   * `null` indicates that there is no timeout
   */
  get timeout() {
    return this.inner.timeRemainingMillis();
  }
  /** once the phase is Started (and !initiatedByMe) or Ready: common methods supported by both sides */
  get methods() {
    throw new Error("not implemented");
  }
  /** the method picked in the .start event */
  get chosenMethod() {
    if (this.phase !== VerificationPhase.Started) return null;
    const verification = this.inner.getVerification();
    if (verification instanceof Sas) {
      return VerificationMethod2.Sas;
    } else if (verification instanceof Qr) {
      return VerificationMethod2.Reciprocate;
    } else {
      return null;
    }
  }
  /**
   * Checks whether the other party supports a given verification method.
   * This is useful when setting up the QR code UI, as it is somewhat asymmetrical:
   * if the other party supports SCAN_QR, we should show a QR code in the UI, and vice versa.
   * For methods that need to be supported by both ends, use the `methods` property.
   *
   * @param method - the method to check
   * @returns true if the other party said they supported the method
   */
  otherPartySupportsMethod(method) {
    const theirMethods = this.inner.theirSupportedMethods;
    if (theirMethods === void 0) {
      return false;
    }
    const requiredMethod = verificationMethodsByIdentifier[method];
    return theirMethods.some((m) => m === requiredMethod);
  }
  /**
   * Accepts the request, sending a .ready event to the other party
   *
   * @returns Promise which resolves when the event has been sent.
   */
  async accept() {
    if (this.inner.phase() !== VerificationRequestPhase.Requested || this._accepting) {
      throw new Error(`Cannot accept a verification request in phase ${this.phase}`);
    }
    this._accepting = true;
    try {
      const req = this.inner.acceptWithMethods(this.supportedVerificationMethods.map(verificationMethodIdentifierToMethod));
      if (req) {
        await this.outgoingRequestProcessor.makeOutgoingRequest(req);
      }
    } finally {
      this._accepting = false;
    }
    this.emit(VerificationRequestEvent.Change);
  }
  /**
   * Cancels the request, sending a cancellation to the other party
   *
   * @param params - Details for the cancellation, including `reason` (defaults to "User declined"), and `code`
   *    (defaults to `m.user`).
   *
   * @returns Promise which resolves when the event has been sent.
   */
  async cancel(params) {
    if (this._cancelling) {
      return;
    }
    this.logger.info("Cancelling verification request with params:", params);
    this._cancelling = true;
    try {
      const req = this.inner.cancel();
      if (req) {
        await this.outgoingRequestProcessor.makeOutgoingRequest(req);
      }
    } finally {
      this._cancelling = false;
    }
  }
  /**
   * Create a {@link Verifier} to do this verification via a particular method.
   *
   * If a verifier has already been created for this request, returns that verifier.
   *
   * This does *not* send the `m.key.verification.start` event - to do so, call {@link Verifier#verifier} on the
   * returned verifier.
   *
   * If no previous events have been sent, pass in `targetDevice` to set who to direct this request to.
   *
   * @param method - the name of the verification method to use.
   * @param targetDevice - details of where to send the request to.
   *
   * @returns The verifier which will do the actual verification.
   */
  beginKeyVerification(method, targetDevice) {
    throw new Error("not implemented");
  }
  /**
   * Send an `m.key.verification.start` event to start verification via a particular method.
   *
   * Implementation of {@link Crypto.VerificationRequest#startVerification}.
   *
   * @param method - the name of the verification method to use.
   */
  async startVerification(method) {
    if (method !== VerificationMethod2.Sas) {
      throw new Error(`Unsupported verification method ${method}`);
    }
    if (!await this.getOtherDevice()) {
      throw new Error("startVerification(): other device is unknown");
    }
    const res = await this.inner.startSas();
    if (res) {
      const [, req] = res;
      await this.outgoingRequestProcessor.makeOutgoingRequest(req);
    }
    if (!this._verifier) {
      throw new Error("Still no verifier after startSas() call");
    }
    return this._verifier;
  }
  /**
   * Start a QR code verification by providing a scanned QR code for this verification flow.
   *
   * Implementation of {@link Crypto.VerificationRequest#scanQRCode}.
   *
   * @param qrCodeData - the decoded QR code.
   * @returns A verifier; call `.verify()` on it to wait for the other side to complete the verification flow.
   */
  async scanQRCode(uint8Array) {
    const scan = QrCodeScan.fromBytes(uint8Array);
    const verifier = await this.inner.scanQrCode(scan);
    if (!this._verifier) {
      throw new Error("Still no verifier after scanQrCode() call");
    }
    const req = verifier.reciprocate();
    if (req) {
      await this.outgoingRequestProcessor.makeOutgoingRequest(req);
    }
    return this._verifier;
  }
  /**
   * The verifier which is doing the actual verification, once the method has been established.
   * Only defined when the `phase` is Started.
   */
  get verifier() {
    return this.phase === VerificationPhase.Started ? this._verifier : void 0;
  }
  /**
   * Stub implementation of {@link Crypto.VerificationRequest#getQRCodeBytes}.
   */
  getQRCodeBytes() {
    throw new Error("getQRCodeBytes() unsupported in Rust Crypto; use generateQRCode() instead.");
  }
  /**
   * Generate the data for a QR code allowing the other device to verify this one, if it supports it.
   *
   * Implementation of {@link Crypto.VerificationRequest#generateQRCode}.
   */
  async generateQRCode() {
    if (!await this.getOtherDevice()) {
      throw new Error("generateQRCode(): other device is unknown");
    }
    const innerVerifier = await this.inner.generateQrCode();
    if (!innerVerifier) return;
    return innerVerifier.toBytes();
  }
  /**
   * If this request has been cancelled, the cancellation code (e.g `m.user`) which is responsible for cancelling
   * this verification.
   */
  get cancellationCode() {
    return this.inner.cancelInfo?.cancelCode() ?? null;
  }
  /**
   * The id of the user that cancelled the request.
   *
   * Only defined when phase is Cancelled
   */
  get cancellingUserId() {
    const cancelInfo = this.inner.cancelInfo;
    if (!cancelInfo) {
      return void 0;
    } else if (cancelInfo.cancelledbyUs()) {
      return this.olmMachine.userId.toString();
    } else {
      return this.inner.otherUserId.toString();
    }
  }
};
var BaseRustVerifer = class extends TypedEventEmitter {
  constructor(inner, outgoingRequestProcessor) {
    super();
    (0, import_defineProperty4.default)(this, "completionDeferred", void 0);
    this.inner = inner;
    this.outgoingRequestProcessor = outgoingRequestProcessor;
    this.completionDeferred = Promise.withResolvers();
    const weakThis = new WeakRef(this);
    inner.registerChangesCallback(async () => weakThis.deref()?.onChange());
    this.completionDeferred.promise.catch(() => null);
  }
  /**
   * Hook which is called when the underlying rust class notifies us that there has been a change.
   *
   * Can be overridden by subclasses to see if we can notify the application about an update. The overriding method
   * must call `super.onChange()`.
   */
  onChange() {
    if (this.inner.isDone()) {
      this.completionDeferred.resolve(void 0);
    } else if (this.inner.isCancelled()) {
      const cancelInfo = this.inner.cancelInfo();
      this.completionDeferred.reject(new Error(`Verification cancelled by ${cancelInfo.cancelledbyUs() ? "us" : "them"} with code ${cancelInfo.cancelCode()}: ${cancelInfo.reason()}`));
    }
    this.emit(VerificationRequestEvent.Change);
  }
  /**
   * Returns true if the verification has been cancelled, either by us or the other side.
   */
  get hasBeenCancelled() {
    return this.inner.isCancelled();
  }
  /**
   * The ID of the other user in the verification process.
   */
  get userId() {
    return this.inner.otherUserId.toString();
  }
  /**
   * Cancel a verification.
   *
   * We will send an `m.key.verification.cancel` if the verification is still in flight. The verification promise
   * will reject, and a {@link Crypto.VerifierEvent#Cancel} will be emitted.
   *
   * @param e - the reason for the cancellation.
   */
  cancel(e) {
    const req = this.inner.cancel();
    if (req) {
      this.outgoingRequestProcessor.makeOutgoingRequest(req);
    }
  }
  /**
   * Get the details for an SAS verification, if one is in progress
   *
   * Returns `null`, unless this verifier is for a SAS-based verification and we are waiting for the user to confirm
   * the SAS matches.
   */
  getShowSasCallbacks() {
    return null;
  }
  /**
   * Get the details for reciprocating QR code verification, if one is in progress
   *
   * Returns `null`, unless this verifier is for reciprocating a QR-code-based verification (ie, the other user has
   * already scanned our QR code), and we are waiting for the user to confirm.
   */
  getReciprocateQrCodeCallbacks() {
    return null;
  }
};
var RustQrCodeVerifier = class extends BaseRustVerifer {
  constructor(inner, outgoingRequestProcessor) {
    super(inner, outgoingRequestProcessor);
    (0, import_defineProperty4.default)(this, "callbacks", null);
  }
  onChange() {
    if (this.callbacks === null && this.inner.hasBeenScanned()) {
      this.callbacks = {
        confirm: () => {
          this.confirmScanning();
        },
        cancel: () => this.cancel()
      };
    }
    super.onChange();
  }
  /**
   * Start the key verification, if it has not already been started.
   *
   * @returns Promise which resolves when the verification has completed, or rejects if the verification is cancelled
   *    or times out.
   */
  async verify() {
    if (this.callbacks !== null) {
      this.emit(VerifierEvent.ShowReciprocateQr, this.callbacks);
    }
    await this.completionDeferred.promise;
  }
  /**
   * Calculate an appropriate VerificationPhase for a VerificationRequest where this is the verifier.
   *
   * This is abnormally complicated because a rust-side QR Code verifier can span several verification phases.
   */
  get verificationPhase() {
    switch (this.inner.state()) {
      case QrState.Created:
        return VerificationPhase.Ready;
      case QrState.Scanned:
        return VerificationPhase.Started;
      case QrState.Confirmed:
        return VerificationPhase.Started;
      case QrState.Reciprocated:
        return VerificationPhase.Started;
      case QrState.Done:
        return VerificationPhase.Done;
      case QrState.Cancelled:
        return VerificationPhase.Cancelled;
      default:
        throw new Error(`Unknown qr code state ${this.inner.state()}`);
    }
  }
  /**
   * Get the details for reciprocating QR code verification, if one is in progress
   *
   * Returns `null`, unless this verifier is for reciprocating a QR-code-based verification (ie, the other user has
   * already scanned our QR code), and we are waiting for the user to confirm.
   */
  getReciprocateQrCodeCallbacks() {
    return this.callbacks;
  }
  async confirmScanning() {
    const req = this.inner.confirmScanning();
    if (req) {
      await this.outgoingRequestProcessor.makeOutgoingRequest(req);
    }
  }
};
var RustSASVerifier = class extends BaseRustVerifer {
  constructor(inner, _verificationRequest, outgoingRequestProcessor) {
    super(inner, outgoingRequestProcessor);
    (0, import_defineProperty4.default)(this, "callbacks", null);
  }
  /**
   * Start the key verification, if it has not already been started.
   *
   * This means sending a `m.key.verification.start` if we are the first responder, or a `m.key.verification.accept`
   * if the other side has already sent a start event.
   *
   * @returns Promise which resolves when the verification has completed, or rejects if the verification is cancelled
   *    or times out.
   */
  async verify() {
    await this.sendAccept();
    await this.completionDeferred.promise;
  }
  /**
   * Send the accept or start event, if it hasn't already been sent
   */
  async sendAccept() {
    const req = this.inner.accept();
    if (req) {
      await this.outgoingRequestProcessor.makeOutgoingRequest(req);
    }
  }
  /** if we can now show the callbacks, do so */
  onChange() {
    super.onChange();
    if (this.callbacks === null) {
      const emoji = this.inner.emoji();
      const decimal = this.inner.decimals();
      if (emoji === void 0 && decimal === void 0) {
        return;
      }
      const sas = {};
      if (emoji) {
        sas.emoji = emoji.map((e) => [e.symbol, e.description]);
      }
      if (decimal) {
        sas.decimal = [decimal[0], decimal[1], decimal[2]];
      }
      this.callbacks = {
        sas,
        confirm: async () => {
          const requests = await this.inner.confirm();
          for (const m of requests) {
            await this.outgoingRequestProcessor.makeOutgoingRequest(m);
          }
        },
        mismatch: () => {
          const request = this.inner.cancelWithCode("m.mismatched_sas");
          if (request) {
            void this.outgoingRequestProcessor.makeOutgoingRequest(request);
          }
        },
        cancel: () => {
          const request = this.inner.cancelWithCode("m.user");
          if (request) {
            this.outgoingRequestProcessor.makeOutgoingRequest(request);
          }
        }
      };
      this.emit(VerifierEvent.ShowSas, this.callbacks);
    }
  }
  /**
   * Calculate an appropriate VerificationPhase for a VerificationRequest where this is the verifier.
   */
  get verificationPhase() {
    return VerificationPhase.Started;
  }
  /**
   * Get the details for an SAS verification, if one is in progress
   *
   * Returns `null`, unless this verifier is for a SAS-based verification and we are waiting for the user to confirm
   * the SAS matches.
   */
  getShowSasCallbacks() {
    return this.callbacks;
  }
  /**
   * Replace the inner Rust verifier with a different one.
   *
   * @param inner - the new Rust verifier
   * @internal
   */
  replaceInner(inner) {
    if (this.inner != inner) {
      this.inner = inner;
      const weakThis = new WeakRef(this);
      inner.registerChangesCallback(async () => weakThis.deref()?.onChange());
      this.sendAccept();
      this.onChange();
    }
  }
};
var verificationMethodsByIdentifier = {
  [VerificationMethod2.Sas]: VerificationMethod.SasV1,
  [VerificationMethod2.ScanQrCode]: VerificationMethod.QrCodeScanV1,
  [VerificationMethod2.ShowQrCode]: VerificationMethod.QrCodeShowV1,
  [VerificationMethod2.Reciprocate]: VerificationMethod.ReciprocateV1
};
function verificationMethodIdentifierToMethod(method) {
  const meth = verificationMethodsByIdentifier[method];
  if (meth === void 0) {
    throw new Error(`Unknown verification method ${method}`);
  }
  return meth;
}
function isVerificationEvent(event) {
  switch (event.getType()) {
    case EventType.KeyVerificationCancel:
    case EventType.KeyVerificationDone:
    case EventType.KeyVerificationMac:
    case EventType.KeyVerificationStart:
    case EventType.KeyVerificationKey:
    case EventType.KeyVerificationReady:
    case EventType.KeyVerificationAccept:
      return true;
    case EventType.RoomMessage:
      return event.getContent().msgtype === MsgType.KeyVerificationRequest;
    default:
      return false;
  }
}

// node_modules/matrix-js-sdk/lib/rust-crypto/backup.js
var import_defineProperty5 = __toESM(require_defineProperty(), 1);
var RustBackupManager = class _RustBackupManager extends TypedEventEmitter {
  constructor(logger, olmMachine, http, outgoingRequestProcessor) {
    super();
    (0, import_defineProperty5.default)(this, "checkedForBackup", false);
    (0, import_defineProperty5.default)(this, "serverBackupInfo", void 0);
    (0, import_defineProperty5.default)(this, "activeBackupVersion", null);
    (0, import_defineProperty5.default)(this, "stopped", false);
    (0, import_defineProperty5.default)(this, "backupKeysLoopRunning", false);
    (0, import_defineProperty5.default)(this, "logger", void 0);
    (0, import_defineProperty5.default)(this, "keyBackupCheckInProgress", null);
    this.olmMachine = olmMachine;
    this.http = http;
    this.outgoingRequestProcessor = outgoingRequestProcessor;
    this.logger = logger.getChild("[RustBackupManager]");
  }
  /**
   * Tells the RustBackupManager to stop.
   * The RustBackupManager is scheduling background uploads of keys to the backup, this
   * call allows to cancel the process when the client is stoppped.
   */
  stop() {
    this.stopped = true;
  }
  /**
   * Get the backup version we are currently backing up to, if any
   */
  async getActiveBackupVersion() {
    if (!await this.olmMachine.isBackupEnabled()) return null;
    return this.activeBackupVersion;
  }
  /**
   * Return the details of the latest backup on the server, when we last checked.
   *
   * This normally returns a cached value, but if we haven't yet made a request to the server, it will fire one off.
   * It will always return the details of the active backup if key backup is enabled.
   *
   * If there was no backup on the server, `null`. If our attempt to check resulted in an error, `undefined`.
   */
  async getServerBackupInfo() {
    await this.checkKeyBackupAndEnable(false);
    return this.serverBackupInfo;
  }
  /**
   * Determine if a key backup can be trusted.
   *
   * @param info - key backup info dict from {@link CryptoApi.getKeyBackupInfo}.
   */
  async isKeyBackupTrusted(info) {
    const signatureVerification = await this.olmMachine.verifyBackup(info);
    const backupKeys = await this.olmMachine.getBackupKeys();
    const decryptionKey = backupKeys?.decryptionKey;
    const backupMatchesSavedPrivateKey = !!decryptionKey && this.backupInfoMatchesBackupDecryptionKey(info, decryptionKey);
    return {
      matchesDecryptionKey: backupMatchesSavedPrivateKey,
      trusted: signatureVerification.trusted()
    };
  }
  /**
   * Re-check the key backup and enable/disable it as appropriate.
   *
   * @param force - whether we should force a re-check even if one has already happened. If this is
   *   `false`, and we have already done a check, `null` is returned rather than the actual info on the key backup.
   */
  checkKeyBackupAndEnable(force) {
    if (!force && this.checkedForBackup) {
      return Promise.resolve(null);
    }
    if (!this.keyBackupCheckInProgress) {
      this.keyBackupCheckInProgress = this.doCheckKeyBackup().finally(() => {
        this.keyBackupCheckInProgress = null;
      });
    }
    return this.keyBackupCheckInProgress;
  }
  /**
   * Handles a backup secret received event and store it if it matches the current backup version.
   *
   * Also enables key backup upload if it was not previously enabled, and the encryption key matches the received
   * decryption key.
   *
   * @param secret - The secret as received from a `m.secret.send` or `io.element.msc4385.secret.push` event for secret `m.megolm_backup.v1`.
   * @returns true if the secret is valid and has been stored, false otherwise.
   */
  async handleBackupSecretReceived(secret) {
    let latestBackupInfo;
    try {
      latestBackupInfo = await this.requestKeyBackupVersion();
    } catch (e) {
      this.logger.warn("handleBackupSecretReceived: Error checking for latest key backup", e);
      return false;
    }
    if (!latestBackupInfo?.version) {
      this.logger.warn("handleBackupSecretReceived: Received a backup decryption key, but there is no server-side key backup");
      return false;
    }
    let backupDecryptionKey;
    try {
      backupDecryptionKey = BackupDecryptionKey.fromBase64(secret);
    } catch (e) {
      this.logger.warn("handleBackupSecretReceived: Invalid backup decryption key", e);
      return false;
    }
    try {
      const privateKeyMatches = this.backupInfoMatchesBackupDecryptionKey(latestBackupInfo, backupDecryptionKey);
      if (!privateKeyMatches) {
        this.logger.warn(`handleBackupSecretReceived: Private decryption key does not match the public key of the current server-side backup version (${latestBackupInfo.version})`);
        return false;
      }
      this.logger.info(`handleBackupSecretReceived: Valid decryption key for the current server-side backup version (${latestBackupInfo.version}) received`);
      await this.saveBackupDecryptionKey(backupDecryptionKey, latestBackupInfo.version);
      if (this.keyBackupCheckInProgress) {
        this.logger.debug("handleBackupSecretReceived: waiting for ongoing keybackup check to complete");
        await this.keyBackupCheckInProgress;
      }
      this.logger.debug("handleBackupSecretReceived: checking if we can enable keybackup upload");
      this.keyBackupCheckInProgress = this.doCheckKeyBackup(latestBackupInfo).finally(() => {
        this.keyBackupCheckInProgress = null;
      });
      await this.keyBackupCheckInProgress;
      return true;
    } catch (e) {
      this.logger.warn("handleBackupSecretReceived: Unable to validate backup decryption key", e);
    }
    return false;
  }
  async saveBackupDecryptionKey(backupDecryptionKey, version) {
    await this.olmMachine.saveBackupDecryptionKey(backupDecryptionKey, version);
    this.emit(CryptoEvent.KeyBackupDecryptionKeyCached, version);
  }
  /**
   * Import a list of room keys previously exported by exportRoomKeys
   *
   * @param keys - a list of session export objects
   * @param opts - options object
   * @returns a promise which resolves once the keys have been imported
   */
  async importRoomKeys(keys, opts) {
    await this.importRoomKeysAsJson(JSON.stringify(keys), opts);
  }
  /**
   * Import a list of room keys previously exported by exportRoomKeysAsJson
   *
   * @param jsonKeys - a JSON string encoding a list of session export objects,
   *    each of which is an IMegolmSessionData
   * @param opts - options object
   * @returns a promise which resolves once the keys have been imported
   */
  async importRoomKeysAsJson(jsonKeys, opts) {
    await this.olmMachine.importExportedRoomKeys(jsonKeys, (progress, total) => {
      const importOpt = {
        total: Number(total),
        successes: Number(progress),
        stage: ImportRoomKeyStage.LoadKeys,
        failures: 0
      };
      opts?.progressCallback?.(importOpt);
    });
  }
  /**
   * Implementation of {@link CryptoBackend#importBackedUpRoomKeys}.
   */
  async importBackedUpRoomKeys(keys, backupVersion, opts) {
    const keysByRoom = /* @__PURE__ */ new Map();
    for (const key of keys) {
      const roomId = new RoomId(key.room_id);
      if (!keysByRoom.has(roomId)) {
        keysByRoom.set(roomId, /* @__PURE__ */ new Map());
      }
      keysByRoom.get(roomId).set(key.session_id, key);
    }
    await this.olmMachine.importBackedUpRoomKeys(keysByRoom, (progress, total, failures) => {
      const importOpt = {
        total: Number(total),
        successes: Number(progress),
        stage: ImportRoomKeyStage.LoadKeys,
        failures: Number(failures)
      };
      opts?.progressCallback?.(importOpt);
    }, backupVersion);
  }
  /** Helper to check the key backup status, and enable/disable it as appropriate
   *
   * A KeyBackupInfo can be passed if it was fetched recently, to avoid trying to
   * re-fetch it from the server.
   */
  async doCheckKeyBackup(backupInfo) {
    this.logger.debug("Checking key backup status...");
    try {
      if (!backupInfo) {
        backupInfo = await this.requestKeyBackupVersion();
      }
    } catch (e) {
      this.logger.warn("Error checking for active key backup", e);
      this.serverBackupInfo = void 0;
      return null;
    }
    this.checkedForBackup = true;
    this.serverBackupInfo = backupInfo;
    const activeVersion = await this.getActiveBackupVersion();
    if (!backupInfo) {
      if (activeVersion !== null) {
        this.logger.debug("No key backup present on server: disabling key backup");
        await this.disableKeyBackup();
      } else {
        this.logger.debug("No key backup present on server: not enabling key backup");
      }
      return null;
    }
    const trustInfo = await this.isKeyBackupTrusted(backupInfo);
    if (!trustInfo.matchesDecryptionKey && !trustInfo.trusted) {
      if (activeVersion !== null) {
        this.logger.debug("Key backup present on server but not trusted: disabling key backup");
        await this.disableKeyBackup();
      } else {
        this.logger.debug("Key backup present on server but not trusted: not enabling key backup");
      }
    } else {
      await this.enableOrSwitchKeyBackup(backupInfo, activeVersion);
    }
    return {
      backupInfo,
      trustInfo
    };
  }
  /**
   * Enable key backup upload for the given backup version, if it is not already.
   *
   * If backup is currently enabled for a different version, disables it first.
   *
   * Also emits one or more {@link CryptoEvent.KeyBackupStatus} events if the backup status changes.
   *
   * @param backupInfo - the desired backup version (and the encryption key).
   * @param activeVersion - the current active backup version (or `null`, if none).
   */
  async enableOrSwitchKeyBackup(backupInfo, activeVersion) {
    if (activeVersion === null) {
      this.logger.debug(`Found usable key backup v${backupInfo.version}: enabling key backups`);
      await this.enableKeyBackup(backupInfo);
    } else if (activeVersion !== backupInfo.version) {
      this.logger.debug(`On backup version ${activeVersion} but found version ${backupInfo.version}: switching.`);
      await this.disableKeyBackup();
      await this.enableKeyBackup(backupInfo);
    } else {
      this.logger.debug(`Backup version ${backupInfo.version} still current`);
    }
  }
  /**
   * Helper for {@link enableOrSwitchKeyBackup}.
   *
   * Enables key backup upload for the given backup version. Also emits
   * a {@link CryptoEvent.KeyBackupStatus} event.
   */
  async enableKeyBackup(backupInfo) {
    await this.olmMachine.enableBackupV1(backupInfo.auth_data.public_key, backupInfo.version);
    this.activeBackupVersion = backupInfo.version;
    this.emit(CryptoEvent.KeyBackupStatus, true);
    this.backupKeysLoop();
  }
  /**
   * Restart the backup key loop if there is an active trusted backup.
   * Doesn't try to check the backup server side. To be called when a new
   * megolm key is known locally.
   */
  async maybeUploadKey() {
    if (this.activeBackupVersion != null) {
      this.backupKeysLoop();
    }
  }
  async disableKeyBackup() {
    await this.olmMachine.disableBackup();
    this.activeBackupVersion = null;
    this.emit(CryptoEvent.KeyBackupStatus, false);
  }
  async backupKeysLoop() {
    const logger = this.logger.getChild("[backupKeysLoop]");
    if (this.backupKeysLoopRunning) {
      logger.debug(`Backup loop already running`);
      return;
    }
    this.backupKeysLoopRunning = true;
    const delay = Math.random() * _RustBackupManager.maxBackupLoopStartDelayMillis;
    logger.debug(`Starting keys upload loop for backup version ${this.activeBackupVersion}, but delaying startup by ${delay}ms`);
    await sleep(delay);
    try {
      let numFailures = 0;
      let remainingToUploadCount = null;
      let isFirstIteration = true;
      while (!this.stopped) {
        let request;
        try {
          request = await this.olmMachine.backupRoomKeys();
          if (request) {
            logger.debug("Got keys to back up from crypto-sdk");
          } else {
            logger.debug(`No more keys to back up: ending loop for version ${this.activeBackupVersion}.`);
            this.emit(CryptoEvent.KeyBackupSessionsRemaining, 0);
            return;
          }
        } catch (err) {
          logger.error("Failed to get keys to backup from rust crypto-sdk: ending backup loop", err);
          return;
        }
        if (this.stopped) {
          logger.debug(`Client stopping: ending loop for version ${this.activeBackupVersion}.`);
          return;
        }
        if (!this.activeBackupVersion) {
          logger.debug(`Backup no longer active: ending loop.`);
          return;
        }
        try {
          await this.outgoingRequestProcessor.makeOutgoingRequest(request);
          numFailures = 0;
          if (this.stopped) break;
          if (!isFirstIteration && remainingToUploadCount === null) {
            try {
              const keyCount = await this.olmMachine.roomKeyCounts();
              remainingToUploadCount = keyCount.total - keyCount.backedUp;
            } catch (err) {
              logger.error("Failed to get key counts from rust crypto-sdk", err);
            }
          }
          if (remainingToUploadCount !== null) {
            this.emit(CryptoEvent.KeyBackupSessionsRemaining, remainingToUploadCount);
            const keysCountInBatch = this.keysCountInBatch(request);
            remainingToUploadCount = Math.max(remainingToUploadCount - keysCountInBatch, 0);
          }
        } catch (err) {
          numFailures++;
          logger.error("Error processing backup request for rust crypto-sdk", err);
          if (err instanceof MatrixError) {
            const errCode = err.data.errcode;
            if (errCode == "M_NOT_FOUND" || errCode == "M_WRONG_ROOM_KEYS_VERSION") {
              logger.debug(`Failed to upload keys to current version: ${errCode}.`);
              try {
                await this.disableKeyBackup();
              } catch (error) {
                logger.error("An error occurred while disabling key backup:", error);
              }
              this.emit(CryptoEvent.KeyBackupFailed, err.data.errcode);
              this.backupKeysLoopRunning = false;
              this.checkKeyBackupAndEnable(true);
              return;
            } else if (err.isRateLimitError()) {
              try {
                const waitTime2 = err.getRetryAfterMs();
                if (waitTime2 && waitTime2 > 0) {
                  logger.debug(`Sleeping ${waitTime2}ms after ratelimit`);
                  await sleep(waitTime2);
                  continue;
                }
              } catch (error) {
                logger.warn("An error occurred while retrieving a rate-limit retry delay", error);
              }
            }
          }
          const waitTime = 1e3 * Math.pow(2, Math.min(numFailures - 1, 4));
          logger.debug(`Sleeping ${waitTime}ms after failure #${numFailures}`);
          await sleep(waitTime);
        }
        isFirstIteration = false;
      }
    } finally {
      this.backupKeysLoopRunning = false;
    }
  }
  /**
   * Utility method to count the number of keys in a backup request, in order to update the remaining keys count.
   * This should be the chunk size of the backup request for all requests but the last, but we don't have access to it
   * (it's static in the Rust SDK).
   * @param batch - The backup request to count the keys from.
   *
   * @returns The number of keys in the backup request.
   */
  keysCountInBatch(batch) {
    const parsedBody = JSON.parse(batch.body);
    return countKeysInBackup(parsedBody);
  }
  /**
   * Get information about a key backup from the server
   * - If version is provided, get information about that backup version.
   * - If no version is provided, get information about the latest backup.
   *
   * @param version - The version of the backup to get information about.
   * @returns Information object from API or null if there is no active backup.
   */
  async requestKeyBackupVersion(version) {
    return await requestKeyBackupVersion(this.http, version);
  }
  /**
   * Creates a new key backup by generating a new random private key, and then enable key backup upload and download
   * using the new backup version.
   *
   * If there is an existing backup server side it will be deleted and replaced
   * by the new one.
   *
   * Saves the decryption key in the Rust SDK's CryptoStore.
   *
   * @param signObject - Method that should sign the backup with existing device and
   * existing identity.
   * @returns a KeyBackupCreationInfo - All information related to the backup.
   */
  async setupKeyBackup(signObject) {
    if (this.keyBackupCheckInProgress) {
      await this.keyBackupCheckInProgress;
    }
    await this.deleteAllKeyBackupVersions();
    const randomKey = BackupDecryptionKey.createRandomKey();
    const pubKey = randomKey.megolmV1PublicKey;
    const authData = {
      public_key: pubKey.publicKeyBase64
    };
    await signObject(authData);
    const backupData = {
      algorithm: pubKey.algorithm,
      auth_data: authData
    };
    const res = await this.http.authedRequest(Method.Post, "/room_keys/version", void 0, backupData, {
      prefix: ClientPrefix.V3
    });
    const backupInfo = {
      algorithm: pubKey.algorithm,
      auth_data: authData,
      version: res.version,
      count: 0,
      etag: ""
      // we never actually use the etag, so we can just make up a value
    };
    this.serverBackupInfo = backupInfo;
    this.checkedForBackup = true;
    await this.enableOrSwitchKeyBackup(backupInfo, await this.getActiveBackupVersion());
    await this.saveBackupDecryptionKey(randomKey, res.version);
    return {
      version: res.version,
      algorithm: pubKey.algorithm,
      authData,
      decryptionKey: randomKey
    };
  }
  /**
   * Deletes all key backups.
   *
   * Will call the API to delete active backup until there is no more present.
   */
  async deleteAllKeyBackupVersions() {
    let current = (await this.requestKeyBackupVersion())?.version ?? null;
    while (current != null) {
      await this.deleteKeyBackupVersion(current);
      current = (await this.requestKeyBackupVersion())?.version ?? null;
    }
  }
  /**
   * Deletes the given key backup.
   *
   * @param version - The backup version to delete.
   */
  async deleteKeyBackupVersion(version) {
    this.logger.debug(`deleteKeyBackupVersion v:${version}`);
    const path = encodeUri("/room_keys/version/$version", {
      $version: version
    });
    await this.http.authedRequest(Method.Delete, path, void 0, void 0, {
      prefix: ClientPrefix.V3
    });
    if (this.activeBackupVersion === version) {
      this.serverBackupInfo = null;
      await this.disableKeyBackup();
    }
  }
  /**
   * Creates a new backup decryptor for the given private key.
   * @param decryptionKey - The private key to use for decryption.
   */
  createBackupDecryptor(decryptionKey) {
    return new RustBackupDecryptor(this.logger, decryptionKey);
  }
  /**
   * Restore a key backup.
   *
   * @param backupVersion - The version of the backup to restore.
   * @param backupDecryptor - The backup decryptor to use to decrypt the keys.
   * @param opts - Options for the restore.
   * @returns The total number of keys and the total imported.
   */
  async restoreKeyBackup(backupVersion, backupDecryptor, opts) {
    const keyBackup = await this.downloadKeyBackup(backupVersion);
    return this.importKeyBackup(keyBackup, backupVersion, backupDecryptor, opts);
  }
  /**
   * Download and import the keys for a given room from the current backup version.
   *
   * @param roomId - The room in question.
   */
  async downloadLatestRoomKeyBackup(roomId) {
    const {
      backupVersion,
      decryptionKey
    } = await this.olmMachine.getBackupKeys();
    if (!backupVersion || !decryptionKey) {
      this.logger.warn(`downloadLatestRoomKeyBackup: Could not download backup (backupVersion=${backupVersion}, hasDecryptionKey=${!!decryptionKey})`);
      return;
    }
    const sessions = await this.downloadRoomKeyBackup(backupVersion, roomId);
    const backupDecryptor = this.createBackupDecryptor(decryptionKey);
    this.importKeyBackup({
      rooms: {
        [roomId]: {
          sessions
        }
      }
    }, backupVersion, backupDecryptor);
  }
  /**
   * Call `/room_keys/keys` to download the key backup (room keys) for the given backup version.
   * https://spec.matrix.org/v1.12/client-server-api/#get_matrixclientv3room_keyskeys
   *
   * @param backupVersion
   * @returns The key backup response.
   */
  downloadKeyBackup(backupVersion) {
    return this.http.authedRequest(Method.Get, "/room_keys/keys", {
      version: backupVersion
    }, void 0, {
      prefix: ClientPrefix.V3
    });
  }
  /**
   * Call `/room/keys/keys/{roomId}` to download the key backup (room keys) for a given backup version and room ID.
   * @param backupVersion - The version to download.
   * @param roomId - The ID of the room.
   * @returns The key backup response.
   */
  downloadRoomKeyBackup(backupVersion, roomId) {
    const path = encodeUri("/room_keys/keys/$roomId", {
      $roomId: roomId
    });
    return this.http.authedRequest(Method.Get, path, {
      version: backupVersion
    }, void 0, {
      prefix: ClientPrefix.V3
    });
  }
  /**
   * Import the room keys from a `/room_keys/keys` call.
   * Calls `opts.progressCallback` with the progress of the import.
   *
   * @param keyBackup - The response from the server containing the keys to import.
   * @param backupVersion - The version of the backup info.
   * @param backupDecryptor - The backup decryptor to use to decrypt the keys.
   * @param opts - Options for the import.
   *
   * @returns The total number of keys and the total imported.
   *
   * @private
   */
  async importKeyBackup(keyBackup, backupVersion, backupDecryptor, opts) {
    const CHUNK_SIZE = 200;
    const totalKeyCount = countKeysInBackup(keyBackup);
    let totalImported = 0;
    let totalFailures = 0;
    opts?.progressCallback?.({
      total: totalKeyCount,
      successes: totalImported,
      stage: ImportRoomKeyStage.LoadKeys,
      failures: totalFailures
    });
    const handleChunkCallback = async (roomChunks) => {
      const currentChunk = [];
      for (const roomId of roomChunks.keys()) {
        const decryptedSessions = await backupDecryptor.decryptSessions(roomChunks.get(roomId));
        decryptedSessions.forEach((session) => {
          session.room_id = roomId;
          currentChunk.push(session);
        });
      }
      try {
        await this.importBackedUpRoomKeys(currentChunk, backupVersion);
        totalImported += currentChunk.length;
      } catch (e) {
        totalFailures += currentChunk.length;
        this.logger.error("Error importing keys from backup", e);
      }
      opts?.progressCallback?.({
        total: totalKeyCount,
        successes: totalImported,
        stage: ImportRoomKeyStage.LoadKeys,
        failures: totalFailures
      });
    };
    let groupChunkCount = 0;
    let chunkGroupByRoom = /* @__PURE__ */ new Map();
    for (const [roomId, roomData] of Object.entries(keyBackup.rooms)) {
      if (!roomData.sessions) continue;
      chunkGroupByRoom.set(roomId, {});
      for (const [sessionId, session] of Object.entries(roomData.sessions)) {
        const sessionsForRoom = chunkGroupByRoom.get(roomId);
        sessionsForRoom[sessionId] = session;
        groupChunkCount += 1;
        if (groupChunkCount >= CHUNK_SIZE) {
          await handleChunkCallback(chunkGroupByRoom);
          chunkGroupByRoom = /* @__PURE__ */ new Map();
          chunkGroupByRoom.set(roomId, {});
          groupChunkCount = 0;
        }
      }
    }
    if (groupChunkCount > 0) {
      await handleChunkCallback(chunkGroupByRoom);
    }
    return {
      total: totalKeyCount,
      imported: totalImported
    };
  }
  /**
   * Checks if the provided backup info matches the given private key.
   *
   * @param info - The backup info to check.
   * @param backupDecryptionKey - The `BackupDecryptionKey` private key to check against.
   * @returns `true` if the private key can decrypt the backup, `false` otherwise.
   */
  backupInfoMatchesBackupDecryptionKey(info, backupDecryptionKey) {
    if (info.algorithm !== "m.megolm_backup.v1.curve25519-aes-sha2") {
      this.logger.warn("backupMatchesPrivateKey: Unsupported backup algorithm", info.algorithm);
      return false;
    }
    return info.auth_data?.public_key === backupDecryptionKey.megolmV1PublicKey.publicKeyBase64;
  }
};
(0, import_defineProperty5.default)(RustBackupManager, "maxBackupLoopStartDelayMillis", 1e4);
var RustBackupDecryptor = class {
  constructor(logger, decryptionKey) {
    (0, import_defineProperty5.default)(this, "decryptionKey", void 0);
    (0, import_defineProperty5.default)(this, "sourceTrusted", void 0);
    this.logger = logger;
    this.decryptionKey = decryptionKey;
    this.sourceTrusted = false;
  }
  /**
   * Implements {@link BackupDecryptor#decryptSessions}
   */
  async decryptSessions(ciphertexts) {
    const keys = [];
    for (const [sessionId, sessionData] of Object.entries(ciphertexts)) {
      try {
        const decrypted = JSON.parse(this.decryptionKey.decryptV1(sessionData.session_data.ephemeral, sessionData.session_data.mac, sessionData.session_data.ciphertext));
        decrypted.session_id = sessionId;
        keys.push(decrypted);
      } catch (e) {
        this.logger.debug("Failed to decrypt megolm session from backup", e, sessionData);
      }
    }
    return keys;
  }
  /**
   * Implements {@link BackupDecryptor#free}
   */
  free() {
    this.decryptionKey.free();
  }
};
async function requestKeyBackupVersion(http, version) {
  try {
    const path = version ? encodeUri("/room_keys/version/$version", {
      $version: version
    }) : "/room_keys/version";
    return await http.authedRequest(Method.Get, path, void 0, void 0, {
      prefix: ClientPrefix.V3
    });
  } catch (e) {
    if (e.errcode === "M_NOT_FOUND") {
      return null;
    } else {
      throw e;
    }
  }
}
function decryptionKeyMatchesKeyBackupInfo(decryptionKey, keyBackupInfo) {
  const authData = keyBackupInfo.auth_data;
  return authData.public_key === decryptionKey.megolmV1PublicKey.publicKeyBase64;
}
function countKeysInBackup(keyBackup) {
  let count = 0;
  for (const {
    sessions
  } of Object.values(keyBackup.rooms)) {
    count += Object.keys(sessions).length;
  }
  return count;
}

// node_modules/matrix-js-sdk/lib/rust-crypto/OutgoingRequestsManager.js
var import_defineProperty6 = __toESM(require_defineProperty(), 1);
var OutgoingRequestsManager = class {
  constructor(logger, olmMachine, outgoingRequestProcessor) {
    (0, import_defineProperty6.default)(this, "stopped", false);
    (0, import_defineProperty6.default)(this, "outgoingRequestLoopRunning", false);
    (0, import_defineProperty6.default)(this, "nextLoopDeferred", void 0);
    this.logger = logger;
    this.olmMachine = olmMachine;
    this.outgoingRequestProcessor = outgoingRequestProcessor;
  }
  /**
   * Shut down as soon as possible the current loop of outgoing requests processing.
   */
  stop() {
    this.stopped = true;
  }
  /**
   * Process the OutgoingRequests from the OlmMachine.
   *
   * This should be called at the end of each sync, to process any OlmMachine OutgoingRequests created by the rust sdk.
   * In some cases if OutgoingRequests need to be sent immediately, this can be called directly.
   *
   * Calls to doProcessOutgoingRequests() are processed synchronously, one after the other, in order.
   * If doProcessOutgoingRequests() is called while another call is still being processed, it will be queued.
   * Multiple calls to doProcessOutgoingRequests() when a call is already processing will be batched together.
   */
  doProcessOutgoingRequests() {
    if (!this.nextLoopDeferred) {
      this.nextLoopDeferred = Promise.withResolvers();
    }
    const result = this.nextLoopDeferred.promise;
    if (!this.outgoingRequestLoopRunning) {
      this.outgoingRequestLoop().catch((e) => {
        this.logger.error("Uncaught error in outgoing request loop", e);
      });
    }
    return result;
  }
  async outgoingRequestLoop() {
    if (this.outgoingRequestLoopRunning) {
      throw new Error("Cannot run two outgoing request loops");
    }
    this.outgoingRequestLoopRunning = true;
    try {
      while (!this.stopped && this.nextLoopDeferred) {
        const loopTickResolvers = this.nextLoopDeferred;
        this.nextLoopDeferred = void 0;
        await this.processOutgoingRequests().then(loopTickResolvers.resolve, loopTickResolvers.reject);
      }
    } finally {
      this.outgoingRequestLoopRunning = false;
    }
    if (this.nextLoopDeferred) {
      this.nextLoopDeferred.reject(new Error("OutgoingRequestsManager was stopped"));
    }
  }
  /**
   * Make a single request to `olmMachine.outgoingRequests` and do the corresponding requests.
   */
  async processOutgoingRequests() {
    if (this.stopped) return;
    const outgoingRequests = await this.olmMachine.outgoingRequests();
    let successes = 0;
    for (const request of outgoingRequests) {
      if (this.stopped) return;
      try {
        await logDuration(this.logger, `Make outgoing request ${request.type}`, async () => {
          await this.outgoingRequestProcessor.makeOutgoingRequest(request);
          successes++;
        });
      } catch (e) {
        this.logger.error(`Failed to process outgoing request ${request.type}: ${e}`);
      }
    }
    if (successes > 0) {
      this.doProcessOutgoingRequests().catch((e) => {
        this.logger.warn("processOutgoingRequests: Error re-checking outgoing requests", e);
      });
    }
  }
};

// node_modules/matrix-js-sdk/lib/rust-crypto/PerSessionKeyBackupDownloader.js
var import_defineProperty7 = __toESM(require_defineProperty(), 1);
var KEY_BACKUP_BACKOFF = 5e3;
var KeyDownloadErrorCode = /* @__PURE__ */ (function(KeyDownloadErrorCode2) {
  KeyDownloadErrorCode2["MISSING_DECRYPTION_KEY"] = "MISSING_DECRYPTION_KEY";
  KeyDownloadErrorCode2["NETWORK_ERROR"] = "NETWORK_ERROR";
  KeyDownloadErrorCode2["STOPPED"] = "STOPPED";
  return KeyDownloadErrorCode2;
})(KeyDownloadErrorCode || {});
var KeyDownloadError = class extends Error {
  constructor(code) {
    super(`Failed to get key from backup: ${code}`);
    this.code = code;
    this.name = "KeyDownloadError";
  }
};
var KeyDownloadRateLimitError = class extends Error {
  constructor(retryMillis) {
    super(`Failed to get key from backup: rate limited`);
    this.retryMillis = retryMillis;
    this.name = "KeyDownloadRateLimitError";
  }
};
var PerSessionKeyBackupDownloader = class {
  /**
   * Creates a new instance of PerSessionKeyBackupDownloader.
   *
   * @param backupManager - The backup manager to use.
   * @param olmMachine - The olm machine to use.
   * @param http - The http instance to use.
   * @param logger - The logger to use.
   */
  constructor(logger, olmMachine, http, backupManager) {
    (0, import_defineProperty7.default)(this, "stopped", false);
    (0, import_defineProperty7.default)(this, "configuration", null);
    (0, import_defineProperty7.default)(this, "sessionLastCheckAttemptedTime", /* @__PURE__ */ new Map());
    (0, import_defineProperty7.default)(this, "logger", void 0);
    (0, import_defineProperty7.default)(this, "downloadLoopRunning", false);
    (0, import_defineProperty7.default)(this, "queuedRequests", []);
    (0, import_defineProperty7.default)(this, "hasConfigurationProblem", false);
    (0, import_defineProperty7.default)(this, "currentBackupVersionCheck", null);
    (0, import_defineProperty7.default)(this, "onBackupStatusChanged", () => {
      this.hasConfigurationProblem = false;
      this.configuration = null;
      this.getOrCreateBackupConfiguration().then((configuration) => {
        if (configuration) {
          this.downloadKeysLoop();
        }
      });
    });
    this.olmMachine = olmMachine;
    this.http = http;
    this.backupManager = backupManager;
    this.logger = logger.getChild("[PerSessionKeyBackupDownloader]");
    backupManager.on(CryptoEvent.KeyBackupStatus, this.onBackupStatusChanged);
    backupManager.on(CryptoEvent.KeyBackupFailed, this.onBackupStatusChanged);
    backupManager.on(CryptoEvent.KeyBackupDecryptionKeyCached, this.onBackupStatusChanged);
  }
  /**
   * Check if key download is successfully configured and active.
   *
   * @returns `true` if key download is correctly configured and active; otherwise `false`.
   */
  isKeyBackupDownloadConfigured() {
    return this.configuration !== null;
  }
  /**
   * Return the details of the latest backup on the server, when we last checked.
   *
   * This is just a convenience method to expose {@link RustBackupManager.getServerBackupInfo}.
   */
  async getServerBackupInfo() {
    return await this.backupManager.getServerBackupInfo();
  }
  /**
   * Called when a MissingRoomKey or UnknownMessageIndex decryption error is encountered.
   *
   * This will try to download the key from the backup if there is a trusted active backup.
   * In case of success the key will be imported and the onRoomKeysUpdated callback will be called
   * internally by the rust-sdk and decryption will be retried.
   *
   * @param roomId - The room ID of the room where the error occurred.
   * @param megolmSessionId - The megolm session ID that is missing.
   */
  onDecryptionKeyMissingError(roomId, megolmSessionId) {
    if (this.isAlreadyInQueue(roomId, megolmSessionId)) {
      this.logger.trace(`Not checking key backup for session ${megolmSessionId} as it is already queued`);
      return;
    }
    if (this.wasRequestedRecently(megolmSessionId)) {
      this.logger.trace(`Not checking key backup for session ${megolmSessionId} as it was already requested recently`);
      return;
    }
    this.queuedRequests.push({
      roomId,
      megolmSessionId
    });
    this.downloadKeysLoop();
  }
  stop() {
    this.stopped = true;
    this.backupManager.off(CryptoEvent.KeyBackupStatus, this.onBackupStatusChanged);
    this.backupManager.off(CryptoEvent.KeyBackupFailed, this.onBackupStatusChanged);
    this.backupManager.off(CryptoEvent.KeyBackupDecryptionKeyCached, this.onBackupStatusChanged);
  }
  /** Returns true if the megolm session is already queued for download. */
  isAlreadyInQueue(roomId, megolmSessionId) {
    return this.queuedRequests.some((info) => {
      return info.roomId == roomId && info.megolmSessionId == megolmSessionId;
    });
  }
  /**
   * Marks the session as not found in backup, to avoid retrying to soon for a key not in backup
   *
   * @param megolmSessionId - The megolm session ID that is missing.
   */
  markAsNotFoundInBackup(megolmSessionId) {
    const now = Date.now();
    this.sessionLastCheckAttemptedTime.set(megolmSessionId, now);
    if (this.sessionLastCheckAttemptedTime.size > 100) {
      this.sessionLastCheckAttemptedTime = new Map(Array.from(this.sessionLastCheckAttemptedTime).filter((sid, ts) => {
        return Math.max(now - ts, 0) < KEY_BACKUP_BACKOFF;
      }));
    }
  }
  /** Returns true if the session was requested recently. */
  wasRequestedRecently(megolmSessionId) {
    const lastCheck = this.sessionLastCheckAttemptedTime.get(megolmSessionId);
    if (!lastCheck) return false;
    return Math.max(Date.now() - lastCheck, 0) < KEY_BACKUP_BACKOFF;
  }
  async getBackupDecryptionKey() {
    try {
      return await this.olmMachine.getBackupKeys();
    } catch {
      return null;
    }
  }
  /**
   * Requests a key from the server side backup.
   *
   * @param version - The backup version to use.
   * @param roomId - The room ID of the room where the error occurred.
   * @param sessionId - The megolm session ID that is missing.
   */
  async requestRoomKeyFromBackup(version, roomId, sessionId) {
    const path = encodeUri("/room_keys/keys/$roomId/$sessionId", {
      $roomId: roomId,
      $sessionId: sessionId
    });
    return await this.http.authedRequest(Method.Get, path, {
      version
    }, void 0, {
      prefix: ClientPrefix.V3
    });
  }
  async downloadKeysLoop() {
    if (this.downloadLoopRunning) return;
    if (this.hasConfigurationProblem) return;
    this.downloadLoopRunning = true;
    try {
      while (this.queuedRequests.length > 0) {
        const request = this.queuedRequests[0];
        try {
          const configuration = await this.getOrCreateBackupConfiguration();
          if (!configuration) {
            this.downloadLoopRunning = false;
            return;
          }
          const result = await this.queryKeyBackup(request.roomId, request.megolmSessionId, configuration);
          if (this.stopped) {
            return;
          }
          try {
            await this.decryptAndImport(request, result, configuration);
          } catch (e) {
            this.logger.error(`Error while decrypting and importing key backup for session ${request.megolmSessionId}`, e);
          }
          this.queuedRequests.shift();
        } catch (err) {
          if (err instanceof KeyDownloadError) {
            switch (err.code) {
              case KeyDownloadErrorCode.MISSING_DECRYPTION_KEY:
                this.markAsNotFoundInBackup(request.megolmSessionId);
                this.queuedRequests.shift();
                break;
              case KeyDownloadErrorCode.NETWORK_ERROR:
                await sleep(KEY_BACKUP_BACKOFF);
                break;
              case KeyDownloadErrorCode.STOPPED:
                this.downloadLoopRunning = false;
                return;
            }
          } else if (err instanceof KeyDownloadRateLimitError) {
            await sleep(err.retryMillis);
          }
        }
      }
    } finally {
      this.downloadLoopRunning = false;
    }
  }
  /**
   * Query the backup for a key.
   *
   * @param targetRoomId - ID of the room that the session is used in.
   * @param targetSessionId - ID of the session for which to check backup.
   * @param configuration - The backup configuration to use.
   */
  async queryKeyBackup(targetRoomId, targetSessionId, configuration) {
    this.logger.debug(`Checking key backup for session ${targetSessionId}`);
    if (this.stopped) throw new KeyDownloadError(KeyDownloadErrorCode.STOPPED);
    try {
      const res = await this.requestRoomKeyFromBackup(configuration.backupVersion, targetRoomId, targetSessionId);
      this.logger.debug(`Got key from backup for sessionId:${targetSessionId}`);
      return res;
    } catch (e) {
      if (this.stopped) throw new KeyDownloadError(KeyDownloadErrorCode.STOPPED);
      this.logger.info(`No luck requesting key backup for session ${targetSessionId}: ${e}`);
      if (e instanceof MatrixError) {
        const errCode = e.data.errcode;
        if (errCode == "M_NOT_FOUND") {
          throw new KeyDownloadError(KeyDownloadErrorCode.MISSING_DECRYPTION_KEY);
        }
        if (e.isRateLimitError()) {
          let waitTime;
          try {
            waitTime = e.getRetryAfterMs() ?? void 0;
          } catch (error) {
            this.logger.warn("Error while retrieving a rate-limit retry delay", error);
          }
          if (waitTime && waitTime > 0) {
            this.logger.info(`Rate limited by server, waiting ${waitTime}ms`);
          }
          throw new KeyDownloadRateLimitError(waitTime ?? KEY_BACKUP_BACKOFF);
        }
      }
      throw new KeyDownloadError(KeyDownloadErrorCode.NETWORK_ERROR);
    }
  }
  async decryptAndImport(sessionInfo, data, configuration) {
    const sessionsToImport = {
      [sessionInfo.megolmSessionId]: data
    };
    const keys = await configuration.decryptor.decryptSessions(sessionsToImport);
    for (const k of keys) {
      k.room_id = sessionInfo.roomId;
    }
    await this.backupManager.importBackedUpRoomKeys(keys, configuration.backupVersion);
  }
  /**
   * Gets the current backup configuration or create one if it doesn't exist.
   *
   * When a valid configuration is found it is cached and returned for subsequent calls.
   * Otherwise, if a check is forced or a check has not yet been done, a new check is done.
   *
   * @returns The backup configuration to use or null if there is a configuration problem.
   */
  async getOrCreateBackupConfiguration() {
    if (this.configuration) {
      return this.configuration;
    }
    if (this.hasConfigurationProblem) {
      return null;
    }
    if (this.currentBackupVersionCheck != null) {
      this.logger.debug(`Already checking server version, use current promise`);
      return await this.currentBackupVersionCheck;
    }
    this.currentBackupVersionCheck = this.internalCheckFromServer();
    try {
      return await this.currentBackupVersionCheck;
    } finally {
      this.currentBackupVersionCheck = null;
    }
  }
  async internalCheckFromServer() {
    let currentServerVersion = null;
    try {
      currentServerVersion = await this.backupManager.getServerBackupInfo();
    } catch (e) {
      this.logger.debug(`Backup: error while checking server version: ${e}`);
      this.hasConfigurationProblem = true;
      return null;
    }
    this.logger.debug(`Got current backup version from server: ${currentServerVersion?.version}`);
    if (currentServerVersion?.algorithm != "m.megolm_backup.v1.curve25519-aes-sha2") {
      this.logger.info(`Unsupported algorithm ${currentServerVersion?.algorithm}`);
      this.hasConfigurationProblem = true;
      return null;
    }
    if (!currentServerVersion?.version) {
      this.logger.info(`No current key backup`);
      this.hasConfigurationProblem = true;
      return null;
    }
    const activeVersion = await this.backupManager.getActiveBackupVersion();
    if (activeVersion == null || currentServerVersion.version != activeVersion) {
      this.logger.info(`The current backup version on the server (${currentServerVersion.version}) is not trusted. Version we are currently backing up to: ${activeVersion}`);
      this.hasConfigurationProblem = true;
      return null;
    }
    const backupKeys = await this.getBackupDecryptionKey();
    if (!backupKeys?.decryptionKey) {
      this.logger.debug(`Not checking key backup for session (no decryption key)`);
      this.hasConfigurationProblem = true;
      return null;
    }
    if (activeVersion != backupKeys.backupVersion) {
      this.logger.debug(`Version for which we have a decryption key (${backupKeys.backupVersion}) doesn't match the version we are backing up to (${activeVersion})`);
      this.hasConfigurationProblem = true;
      return null;
    }
    const authData = currentServerVersion.auth_data;
    if (authData.public_key != backupKeys.decryptionKey.megolmV1PublicKey.publicKeyBase64) {
      this.logger.debug(`Key backup on server does not match our decryption key`);
      this.hasConfigurationProblem = true;
      return null;
    }
    const backupDecryptor = this.backupManager.createBackupDecryptor(backupKeys.decryptionKey);
    this.hasConfigurationProblem = false;
    this.configuration = {
      decryptor: backupDecryptor,
      backupVersion: activeVersion
    };
    return this.configuration;
  }
};

// node_modules/matrix-js-sdk/lib/common-crypto/key-passphrase.js
function keyFromAuthData(authData, passphrase) {
  if (!authData.private_key_salt || !authData.private_key_iterations) {
    throw new Error("Salt and/or iterations not found: this backup cannot be restored with a passphrase");
  }
  return deriveRecoveryKeyFromPassphrase(passphrase, authData.private_key_salt, authData.private_key_iterations, authData.private_key_bits);
}

// node_modules/matrix-js-sdk/lib/rust-crypto/rust-crypto.js
var ALL_VERIFICATION_METHODS = [VerificationMethod2.Sas, VerificationMethod2.ScanQrCode, VerificationMethod2.ShowQrCode, VerificationMethod2.Reciprocate];
var MAX_INVITE_ACCEPTANCE_MS_FOR_KEY_BUNDLE = 24 * 60 * 60 * 1e3;
var RustCrypto = class extends TypedEventEmitter {
  constructor(logger, olmMachine, http, userId, _deviceId, secretStorage, cryptoCallbacks, enableEncryptedStateEvents = false) {
    super();
    (0, import_defineProperty8.default)(this, "RECOVERY_KEY_DERIVATION_ITERATIONS", 5e5);
    (0, import_defineProperty8.default)(this, "_trustCrossSignedDevices", true);
    (0, import_defineProperty8.default)(this, "deviceIsolationMode", new AllDevicesIsolationMode(false));
    (0, import_defineProperty8.default)(this, "stopped", false);
    (0, import_defineProperty8.default)(this, "roomEncryptors", {});
    (0, import_defineProperty8.default)(this, "eventDecryptor", void 0);
    (0, import_defineProperty8.default)(this, "keyClaimManager", void 0);
    (0, import_defineProperty8.default)(this, "outgoingRequestProcessor", void 0);
    (0, import_defineProperty8.default)(this, "crossSigningIdentity", void 0);
    (0, import_defineProperty8.default)(this, "backupManager", void 0);
    (0, import_defineProperty8.default)(this, "outgoingRequestsManager", void 0);
    (0, import_defineProperty8.default)(this, "perSessionBackupDownloader", void 0);
    (0, import_defineProperty8.default)(this, "dehydratedDeviceManager", void 0);
    (0, import_defineProperty8.default)(this, "reemitter", new TypedReEmitter(this));
    (0, import_defineProperty8.default)(this, "globalBlacklistUnverifiedDevices", false);
    (0, import_defineProperty8.default)(this, "_supportedVerificationMethods", ALL_VERIFICATION_METHODS);
    this.logger = logger;
    this.olmMachine = olmMachine;
    this.http = http;
    this.userId = userId;
    this.secretStorage = secretStorage;
    this.cryptoCallbacks = cryptoCallbacks;
    this.enableEncryptedStateEvents = enableEncryptedStateEvents;
    this.outgoingRequestProcessor = new OutgoingRequestProcessor(logger, olmMachine, http);
    this.outgoingRequestsManager = new OutgoingRequestsManager(this.logger, olmMachine, this.outgoingRequestProcessor);
    this.keyClaimManager = new KeyClaimManager(olmMachine, this.outgoingRequestProcessor);
    this.backupManager = new RustBackupManager(logger, olmMachine, http, this.outgoingRequestProcessor);
    this.perSessionBackupDownloader = new PerSessionKeyBackupDownloader(this.logger, this.olmMachine, this.http, this.backupManager);
    this.dehydratedDeviceManager = new DehydratedDeviceManager(this.logger, olmMachine, http, this.outgoingRequestProcessor, secretStorage);
    this.eventDecryptor = new EventDecryptor(this.logger, olmMachine, this.perSessionBackupDownloader);
    this.reemitter.reEmit(this.backupManager, [CryptoEvent.KeyBackupStatus, CryptoEvent.KeyBackupSessionsRemaining, CryptoEvent.KeyBackupFailed, CryptoEvent.KeyBackupDecryptionKeyCached]);
    this.reemitter.reEmit(this.dehydratedDeviceManager, [CryptoEvent.DehydratedDeviceCreated, CryptoEvent.DehydratedDeviceUploaded, CryptoEvent.RehydrationStarted, CryptoEvent.RehydrationProgress, CryptoEvent.RehydrationCompleted, CryptoEvent.RehydrationError, CryptoEvent.DehydrationKeyCached, CryptoEvent.DehydratedDeviceRotationError]);
    this.crossSigningIdentity = new CrossSigningIdentity(logger, olmMachine, this.outgoingRequestProcessor, secretStorage);
    this.checkKeyBackupAndEnable();
  }
  /**
   * Return the OlmMachine only if {@link RustCrypto#stop} has not been called.
   *
   * This allows us to better handle race conditions where the client is stopped before or during a crypto API call.
   *
   * @throws ClientStoppedError if {@link RustCrypto#stop} has been called.
   */
  getOlmMachineOrThrow() {
    if (this.stopped) {
      throw new ClientStoppedError();
    }
    return this.olmMachine;
  }
  ///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
  //
  // CryptoBackend implementation
  //
  ///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
  set globalErrorOnUnknownDevices(_v) {
  }
  get globalErrorOnUnknownDevices() {
    return false;
  }
  stop() {
    if (this.stopped) {
      return;
    }
    this.stopped = true;
    this.keyClaimManager.stop();
    this.backupManager.stop();
    this.outgoingRequestsManager.stop();
    this.perSessionBackupDownloader.stop();
    this.dehydratedDeviceManager.stop();
    this.olmMachine.close();
  }
  async encryptEvent(event, _room) {
    const roomId = event.getRoomId();
    const encryptor = this.roomEncryptors[roomId];
    if (!encryptor) {
      throw new Error(`Cannot encrypt event in unconfigured room ${roomId}`);
    }
    await encryptor.encryptEvent(event, this.globalBlacklistUnverifiedDevices, this.deviceIsolationMode);
  }
  async decryptEvent(event) {
    const roomId = event.getRoomId();
    if (!roomId) {
      throw new Error("to-device event was not decrypted in processSyncChanges");
    }
    return await this.eventDecryptor.attemptEventDecryption(event, this.deviceIsolationMode);
  }
  /**
   * Implementation of {@link CryptoBackend#getBackupDecryptor}.
   */
  async getBackupDecryptor(backupInfo, privKey) {
    if (!(privKey instanceof Uint8Array)) {
      throw new Error(`getBackupDecryptor: expects Uint8Array`);
    }
    if (backupInfo.algorithm != "m.megolm_backup.v1.curve25519-aes-sha2") {
      throw new Error(`getBackupDecryptor: Unsupported algorithm ${backupInfo.algorithm}`);
    }
    const backupDecryptionKey = BackupDecryptionKey.fromBase64(encodeBase64(privKey));
    if (!decryptionKeyMatchesKeyBackupInfo(backupDecryptionKey, backupInfo)) {
      throw new Error(`getBackupDecryptor: key backup on server does not match the decryption key`);
    }
    return this.backupManager.createBackupDecryptor(backupDecryptionKey);
  }
  /**
   * Implementation of {@link CryptoBackend#importBackedUpRoomKeys}.
   */
  async importBackedUpRoomKeys(keys, backupVersion, opts) {
    return await this.backupManager.importBackedUpRoomKeys(keys, backupVersion, opts);
  }
  /**
   * Implementation of {@link CryptoBackend.maybeAcceptKeyBundle}.
   */
  async maybeAcceptKeyBundle(roomId, inviter) {
    const logger = new LogSpan(this.logger, `maybeAcceptKeyBundle(${roomId}, ${inviter})`);
    logger.info(`Checking inviter cross-signing keys`);
    const request = this.olmMachine.queryKeysForUsers([new UserId(inviter)]);
    await this.outgoingRequestProcessor.makeOutgoingRequest(request);
    const bundleData = await this.olmMachine.getReceivedRoomKeyBundleData(new RoomId(roomId), new UserId(inviter));
    if (!bundleData) {
      logger.info("No key bundle found for user");
      return false;
    }
    logger.info(`Fetching key bundle ${bundleData.url}`);
    const url = getHttpUriForMxc(
      this.http.opts.baseUrl,
      bundleData.url,
      void 0,
      void 0,
      void 0,
      /* allowDirectLinks */
      false,
      /* allowRedirects */
      true,
      /* useAuthentication */
      true
    );
    let encryptedBundle;
    try {
      const bundleUrl = new URL(url);
      const encryptedBundleBlob = await this.http.authedRequest(Method.Get, bundleUrl.pathname + bundleUrl.search, {}, void 0, {
        rawResponseBody: true,
        prefix: ""
      });
      logger.info(`Received blob of length ${encryptedBundleBlob.size}`);
      encryptedBundle = new Uint8Array(await encryptedBundleBlob.arrayBuffer());
    } catch (err) {
      logger.warn(`Error downloading encrypted bundle from ${url}:`, err);
      throw err;
    }
    try {
      await this.olmMachine.receiveRoomKeyBundle(bundleData, encryptedBundle);
    } catch (err) {
      logger.warn(`Error receiving encrypted bundle:`, err);
      throw err;
    } finally {
      await this.olmMachine.clearRoomPendingKeyBundle(new RoomId(roomId));
    }
    return true;
  }
  /**
   * Implementation of {@link CryptoBackend.markRoomAsPendingKeyBundle}.
   */
  async markRoomAsPendingKeyBundle(roomId, inviter) {
    await this.olmMachine.storeRoomPendingKeyBundle(new RoomId(roomId), new UserId(inviter));
  }
  /**
   * Implementation of {@link CryptoApi#getVersion}.
   */
  getVersion() {
    const versions = getVersions();
    return `Rust SDK ${versions.matrix_sdk_crypto} (${versions.git_sha}), Vodozemac ${versions.vodozemac}`;
  }
  /**
   * Implementation of {@link CryptoApi#setDeviceIsolationMode}.
   */
  setDeviceIsolationMode(isolationMode) {
    this.deviceIsolationMode = isolationMode;
  }
  /**
   * Implementation of {@link CryptoApi#isEncryptionEnabledInRoom}.
   */
  async isEncryptionEnabledInRoom(roomId) {
    const roomSettings = await this.olmMachine.getRoomSettings(new RoomId(roomId));
    return Boolean(roomSettings?.algorithm);
  }
  /**
   * Implementation of {@link CryptoApi#isStateEncryptionEnabledInRoom}.
   */
  async isStateEncryptionEnabledInRoom(roomId) {
    const roomSettings = await this.olmMachine.getRoomSettings(new RoomId(roomId));
    return Boolean(roomSettings?.encryptStateEvents);
  }
  /**
   * Implementation of {@link CryptoApi#getOwnDeviceKeys}.
   */
  async getOwnDeviceKeys() {
    const keys = this.olmMachine.identityKeys;
    return {
      ed25519: keys.ed25519.toBase64(),
      curve25519: keys.curve25519.toBase64()
    };
  }
  prepareToEncrypt(room) {
    const encryptor = this.roomEncryptors[room.roomId];
    if (encryptor) {
      encryptor.prepareForEncryption(this.globalBlacklistUnverifiedDevices, this.deviceIsolationMode);
    }
  }
  forceDiscardSession(roomId) {
    return this.roomEncryptors[roomId]?.forceDiscardSession();
  }
  async exportRoomKeys() {
    const raw = await this.olmMachine.exportRoomKeys(() => true);
    return JSON.parse(raw);
  }
  async exportRoomKeysAsJson() {
    return await this.olmMachine.exportRoomKeys(() => true);
  }
  async importRoomKeys(keys, opts) {
    return await this.backupManager.importRoomKeys(keys, opts);
  }
  async importRoomKeysAsJson(keys, opts) {
    return await this.backupManager.importRoomKeysAsJson(keys, opts);
  }
  /**
   * Implementation of {@link CryptoApi.userHasCrossSigningKeys}.
   */
  async userHasCrossSigningKeys(userId = this.userId, downloadUncached = false) {
    const rustTrackedUsers = await this.olmMachine.trackedUsers();
    let rustTrackedUser;
    for (const u of rustTrackedUsers) {
      if (userId === u.toString()) {
        rustTrackedUser = u;
        break;
      }
    }
    if (rustTrackedUser !== void 0) {
      if (userId === this.userId) {
        const request = this.olmMachine.queryKeysForUsers(
          // clone as rust layer will take ownership and it's reused later
          [rustTrackedUser.clone()]
        );
        await this.outgoingRequestProcessor.makeOutgoingRequest(request);
      }
      const userIdentity = await this.olmMachine.getIdentity(rustTrackedUser);
      userIdentity?.free();
      return userIdentity !== void 0;
    } else if (downloadUncached) {
      const keyResult = await this.downloadDeviceList(/* @__PURE__ */ new Set([userId]));
      const keys = keyResult.master_keys?.[userId];
      if (!keys) return false;
      return Boolean(Object.values(keys.keys)[0]);
    } else {
      return false;
    }
  }
  /**
   * Get the device information for the given list of users.
   *
   * @param userIds - The users to fetch.
   * @param downloadUncached - If true, download the device list for users whose device list we are not
   *    currently tracking. Defaults to false, in which case such users will not appear at all in the result map.
   *
   * @returns A map `{@link DeviceMap}`.
   */
  async getUserDeviceInfo(userIds, downloadUncached = false) {
    const deviceMapByUserId = /* @__PURE__ */ new Map();
    const rustTrackedUsers = await this.getOlmMachineOrThrow().trackedUsers();
    const trackedUsers = /* @__PURE__ */ new Set();
    rustTrackedUsers.forEach((rustUserId) => trackedUsers.add(rustUserId.toString()));
    const untrackedUsers = /* @__PURE__ */ new Set();
    for (const userId of userIds) {
      if (trackedUsers.has(userId)) {
        deviceMapByUserId.set(userId, await this.getUserDevices(userId));
      } else {
        untrackedUsers.add(userId);
      }
    }
    if (downloadUncached && untrackedUsers.size >= 1) {
      const queryResult = await this.downloadDeviceList(untrackedUsers);
      Object.entries(queryResult.device_keys).forEach(([userId, deviceKeys]) => deviceMapByUserId.set(userId, deviceKeysToDeviceMap(deviceKeys)));
    }
    return deviceMapByUserId;
  }
  /**
   * Get the device list for the given user from the olm machine
   * @param userId - Rust SDK UserId
   */
  async getUserDevices(userId) {
    const rustUserId = new UserId(userId);
    const userDevices = await this.olmMachine.getUserDevices(rustUserId, 1);
    try {
      const deviceArray = userDevices.devices();
      try {
        return new Map(deviceArray.map((device) => [device.deviceId.toString(), rustDeviceToJsDevice(device, rustUserId)]));
      } finally {
        deviceArray.forEach((d) => d.free());
      }
    } finally {
      userDevices.free();
    }
  }
  /**
   * Download the given user keys by calling `/keys/query` request
   * @param untrackedUsers - download keys of these users
   */
  async downloadDeviceList(untrackedUsers) {
    const queryBody = {
      device_keys: {}
    };
    untrackedUsers.forEach((user) => queryBody.device_keys[user] = []);
    return await this.http.authedRequest(Method.Post, "/_matrix/client/v3/keys/query", void 0, queryBody, {
      prefix: ""
    });
  }
  /**
   * Implementation of {@link CryptoApi#getTrustCrossSignedDevices}.
   */
  getTrustCrossSignedDevices() {
    return this._trustCrossSignedDevices;
  }
  /**
   * Implementation of {@link CryptoApi#setTrustCrossSignedDevices}.
   */
  setTrustCrossSignedDevices(val) {
    this._trustCrossSignedDevices = val;
  }
  /**
   * Mark the given device as locally verified.
   *
   * Implementation of {@link CryptoApi#setDeviceVerified}.
   */
  async setDeviceVerified(userId, deviceId, verified = true) {
    const device = await this.olmMachine.getDevice(new UserId(userId), new DeviceId(deviceId));
    if (!device) {
      throw new Error(`Unknown device ${userId}|${deviceId}`);
    }
    try {
      await device.setLocalTrust(verified ? LocalTrust.Verified : LocalTrust.Unset);
    } finally {
      device.free();
    }
  }
  /**
   * Blindly cross-sign one of our other devices.
   *
   * Implementation of {@link CryptoApi#crossSignDevice}.
   */
  async crossSignDevice(deviceId) {
    const device = await this.olmMachine.getDevice(new UserId(this.userId), new DeviceId(deviceId));
    if (!device) {
      throw new Error(`Unknown device ${deviceId}`);
    }
    try {
      const outgoingRequest = await device.verify();
      await this.outgoingRequestProcessor.makeOutgoingRequest(outgoingRequest);
    } finally {
      device.free();
    }
  }
  /**
   * Implementation of {@link CryptoApi#getDeviceVerificationStatus}.
   */
  async getDeviceVerificationStatus(userId, deviceId) {
    const device = await this.olmMachine.getDevice(new UserId(userId), new DeviceId(deviceId));
    if (!device) return null;
    try {
      return new DeviceVerificationStatus({
        signedByOwner: device.isCrossSignedByOwner(),
        crossSigningVerified: device.isCrossSigningTrusted(),
        localVerified: device.isLocallyTrusted(),
        trustCrossSignedDevices: this._trustCrossSignedDevices
      });
    } finally {
      device.free();
    }
  }
  /**
   * Implementation of {@link CryptoApi#getUserVerificationStatus}.
   */
  async getUserVerificationStatus(userId) {
    const userIdentity = await this.getOlmMachineOrThrow().getIdentity(new UserId(userId));
    if (userIdentity === void 0) {
      return new UserVerificationStatus(false, false, false);
    }
    const verified = userIdentity.isVerified();
    const wasVerified = userIdentity.wasPreviouslyVerified();
    const needsUserApproval = userIdentity instanceof OtherUserIdentity ? userIdentity.identityNeedsUserApproval() : false;
    userIdentity.free();
    return new UserVerificationStatus(verified, wasVerified, true, needsUserApproval);
  }
  /**
   * Implementation of {@link CryptoApi#pinCurrentUserIdentity}.
   */
  async pinCurrentUserIdentity(userId) {
    const userIdentity = await this.getOlmMachineOrThrow().getIdentity(new UserId(userId));
    if (userIdentity === void 0) {
      throw new Error("Cannot pin identity of unknown user");
    }
    if (userIdentity instanceof OwnUserIdentity) {
      throw new Error("Cannot pin identity of own user");
    }
    await userIdentity.pinCurrentMasterKey();
  }
  /**
   * Implementation of {@link CryptoApi#withdrawVerificationRequirement}.
   */
  async withdrawVerificationRequirement(userId) {
    const userIdentity = await this.getOlmMachineOrThrow().getIdentity(new UserId(userId));
    if (userIdentity === void 0) {
      throw new Error("Cannot withdraw verification of unknown user");
    }
    await userIdentity.withdrawVerification();
  }
  /**
   * Implementation of {@link CryptoApi#getUserCrossSigningKeys}.
   */
  async getUserCrossSigningKeys(userId) {
    const userIdentity = await this.getOlmMachineOrThrow().getIdentity(new UserId(userId));
    if (!userIdentity) {
      return null;
    }
    const result = {
      master_key: JSON.parse(userIdentity.masterKey),
      self_signing_key: JSON.parse(userIdentity.selfSigningKey)
    };
    if ("userSigningKey" in userIdentity) {
      result.user_signing_key = JSON.parse(userIdentity.userSigningKey);
    }
    return result;
  }
  /**
   * Implementation of {@link CryptoApi#isCrossSigningReady}
   */
  async isCrossSigningReady() {
    const {
      privateKeysInSecretStorage,
      privateKeysCachedLocally
    } = await this.getCrossSigningStatus();
    const hasKeysInCache = Boolean(privateKeysCachedLocally.masterKey) && Boolean(privateKeysCachedLocally.selfSigningKey) && Boolean(privateKeysCachedLocally.userSigningKey);
    const identity = await this.getOwnIdentity();
    return !!identity?.isVerified() && (hasKeysInCache || privateKeysInSecretStorage);
  }
  /**
   * Implementation of {@link CryptoApi#getCrossSigningKeyId}
   */
  async getCrossSigningKeyId(type = CrossSigningKey.Master) {
    const userIdentity = await this.getOwnIdentity();
    if (!userIdentity) {
      return null;
    }
    try {
      const crossSigningStatus = await this.olmMachine.crossSigningStatus();
      const privateKeysOnDevice = crossSigningStatus.hasMaster && crossSigningStatus.hasUserSigning && crossSigningStatus.hasSelfSigning;
      if (!privateKeysOnDevice) {
        return null;
      }
      if (!userIdentity.isVerified()) {
        return null;
      }
      let key;
      switch (type) {
        case CrossSigningKey.Master:
          key = userIdentity.masterKey;
          break;
        case CrossSigningKey.SelfSigning:
          key = userIdentity.selfSigningKey;
          break;
        case CrossSigningKey.UserSigning:
          key = userIdentity.userSigningKey;
          break;
        default:
          return null;
      }
      const parsedKey = JSON.parse(key);
      return Object.values(parsedKey.keys)[0];
    } finally {
      userIdentity.free();
    }
  }
  /**
   * Implementation of {@link CryptoApi#bootstrapCrossSigning}
   */
  async bootstrapCrossSigning(opts) {
    await this.crossSigningIdentity.bootstrapCrossSigning(opts);
  }
  /**
   * Implementation of {@link CryptoApi#isSecretStorageReady}
   */
  async isSecretStorageReady() {
    return (await this.getSecretStorageStatus()).ready;
  }
  /**
   * Implementation of {@link CryptoApi#getSecretStorageStatus}
   */
  async getSecretStorageStatus() {
    const secretsToCheck = ["m.cross_signing.master", "m.cross_signing.user_signing", "m.cross_signing.self_signing"];
    const keyBackupEnabled = await this.backupManager.getActiveBackupVersion() != null;
    if (keyBackupEnabled) {
      secretsToCheck.push("m.megolm_backup.v1");
    }
    const defaultKeyId = await this.secretStorage.getDefaultKeyId();
    const result = {
      // Assume we have all secrets until proven otherwise
      ready: true,
      defaultKeyId,
      secretStorageKeyValidityMap: {}
    };
    for (const secretName of secretsToCheck) {
      const record = await this.secretStorage.isStored(secretName) || {};
      const secretStored = !!defaultKeyId && defaultKeyId in record;
      result.secretStorageKeyValidityMap[secretName] = secretStored;
      result.ready = result.ready && secretStored;
    }
    return result;
  }
  /**
   * Implementation of {@link CryptoApi#bootstrapSecretStorage}
   */
  async bootstrapSecretStorage({
    createSecretStorageKey,
    setupNewSecretStorage,
    setupNewKeyBackup
  } = {}) {
    const isNewSecretStorageKeyNeeded = setupNewSecretStorage || !await this.secretStorageHasAESKey();
    if (isNewSecretStorageKeyNeeded) {
      if (!createSecretStorageKey) {
        throw new Error("unable to create a new secret storage key, createSecretStorageKey is not set");
      }
      this.logger.info("bootstrapSecretStorage: creating new secret storage key");
      const recoveryKey = await createSecretStorageKey();
      if (!recoveryKey) {
        throw new Error("createSecretStorageKey() callback did not return a secret storage key");
      }
      await this.addSecretStorageKeyToSecretStorage(recoveryKey);
    }
    const crossSigningPrivateKeys = await this.olmMachine.exportCrossSigningKeys();
    const hasPrivateKeys = crossSigningPrivateKeys && crossSigningPrivateKeys.masterKey !== void 0 && crossSigningPrivateKeys.self_signing_key !== void 0 && crossSigningPrivateKeys.userSigningKey !== void 0;
    if (hasPrivateKeys && (isNewSecretStorageKeyNeeded || !await secretStorageContainsCrossSigningKeys(this.secretStorage))) {
      this.logger.info("bootstrapSecretStorage: cross-signing keys not yet exported; doing so now.");
      await this.secretStorage.store("m.cross_signing.master", crossSigningPrivateKeys.masterKey);
      await this.secretStorage.store("m.cross_signing.user_signing", crossSigningPrivateKeys.userSigningKey);
      await this.secretStorage.store("m.cross_signing.self_signing", crossSigningPrivateKeys.self_signing_key);
    }
    if (!setupNewKeyBackup) {
      await this.saveBackupKeyToStorage();
    } else {
      await this.resetKeyBackup();
    }
  }
  /**
   * If we have a backup key for the current, trusted backup in cache,
   * save it to secret storage.
   */
  async saveBackupKeyToStorage() {
    const keyBackupInfo = await this.backupManager.getServerBackupInfo();
    if (!keyBackupInfo || !keyBackupInfo.version) {
      this.logger.info("Not saving backup key to secret storage: no backup info");
      return;
    }
    const backupKeys = await this.olmMachine.getBackupKeys();
    if (!backupKeys.decryptionKey) {
      this.logger.info("Not saving backup key to secret storage: no backup key");
      return;
    }
    if (!decryptionKeyMatchesKeyBackupInfo(backupKeys.decryptionKey, keyBackupInfo)) {
      this.logger.info("Not saving backup key to secret storage: decryption key does not match backup info");
      return;
    }
    const backupKeyBase64 = backupKeys.decryptionKey.toBase64();
    await this.secretStorage.store("m.megolm_backup.v1", backupKeyBase64);
  }
  /**
   * Add the secretStorage key to the secret storage
   * - The secret storage key must have the `keyInfo` field filled
   * - The secret storage key is set as the default key of the secret storage
   * - Call `cryptoCallbacks.cacheSecretStorageKey` when done
   *
   * @param secretStorageKey - The secret storage key to add in the secret storage.
   */
  async addSecretStorageKeyToSecretStorage(secretStorageKey) {
    const secretStorageKeyObject = await this.secretStorage.addKey(SECRET_STORAGE_ALGORITHM_V1_AES, {
      passphrase: secretStorageKey.keyInfo?.passphrase,
      name: secretStorageKey.keyInfo?.name,
      key: secretStorageKey.privateKey
    });
    await this.secretStorage.setDefaultKeyId(secretStorageKeyObject.keyId);
    this.cryptoCallbacks.cacheSecretStorageKey?.(secretStorageKeyObject.keyId, secretStorageKeyObject.keyInfo, secretStorageKey.privateKey);
  }
  /**
   * Check if a secret storage AES Key is already added in secret storage
   *
   * @returns True if an AES key is in the secret storage
   */
  async secretStorageHasAESKey() {
    const secretStorageKeyTuple = await this.secretStorage.getKey();
    if (!secretStorageKeyTuple) return false;
    const [, keyInfo] = secretStorageKeyTuple;
    return keyInfo.algorithm === SECRET_STORAGE_ALGORITHM_V1_AES;
  }
  /**
   * Implementation of {@link CryptoApi#getCrossSigningStatus}
   */
  async getCrossSigningStatus() {
    const userIdentity = await this.getOwnIdentity();
    const publicKeysOnDevice = Boolean(userIdentity?.masterKey) && Boolean(userIdentity?.selfSigningKey) && Boolean(userIdentity?.userSigningKey);
    userIdentity?.free();
    const privateKeysInSecretStorage = await secretStorageContainsCrossSigningKeys(this.secretStorage);
    const crossSigningStatus = await this.getOlmMachineOrThrow().crossSigningStatus();
    return {
      publicKeysOnDevice,
      privateKeysInSecretStorage,
      privateKeysCachedLocally: {
        masterKey: Boolean(crossSigningStatus?.hasMaster),
        userSigningKey: Boolean(crossSigningStatus?.hasUserSigning),
        selfSigningKey: Boolean(crossSigningStatus?.hasSelfSigning)
      }
    };
  }
  /**
   * Implementation of {@link CryptoApi#createRecoveryKeyFromPassphrase}
   */
  async createRecoveryKeyFromPassphrase(password) {
    if (password) {
      const salt = secureRandomString(32);
      const recoveryKey = await deriveRecoveryKeyFromPassphrase(password, salt, this.RECOVERY_KEY_DERIVATION_ITERATIONS);
      return {
        keyInfo: {
          passphrase: {
            algorithm: "m.pbkdf2",
            iterations: this.RECOVERY_KEY_DERIVATION_ITERATIONS,
            salt
          }
        },
        privateKey: recoveryKey,
        encodedPrivateKey: encodeRecoveryKey(recoveryKey)
      };
    } else {
      const key = new Uint8Array(32);
      globalThis.crypto.getRandomValues(key);
      return {
        privateKey: key,
        encodedPrivateKey: encodeRecoveryKey(key)
      };
    }
  }
  /**
   * Implementation of {@link CryptoApi#getEncryptionInfoForEvent}.
   */
  async getEncryptionInfoForEvent(event) {
    return this.eventDecryptor.getEncryptionInfoForEvent(event);
  }
  /**
   * Returns to-device verification requests that are already in progress for the given user id.
   *
   * Implementation of {@link CryptoApi#getVerificationRequestsToDeviceInProgress}
   *
   * @param userId - the ID of the user to query
   *
   * @returns the VerificationRequests that are in progress
   */
  getVerificationRequestsToDeviceInProgress(userId) {
    const requests = this.olmMachine.getVerificationRequests(new UserId(userId));
    return requests.filter((request) => request.roomId === void 0 && !request.isCancelled()).map((request) => this.makeVerificationRequest(request));
  }
  /**
   * Finds a DM verification request that is already in progress for the given room id
   *
   * Implementation of {@link CryptoApi#findVerificationRequestDMInProgress}
   *
   * @param roomId - the room to use for verification
   * @param userId - search the verification request for the given user
   *
   * @returns the VerificationRequest that is in progress, if any
   *
   */
  findVerificationRequestDMInProgress(roomId, userId) {
    if (!userId) throw new Error("missing userId");
    const requests = this.olmMachine.getVerificationRequests(new UserId(userId));
    const request = requests.find((request2) => request2.roomId?.toString() === roomId && !request2.isCancelled());
    if (request) {
      return this.makeVerificationRequest(request);
    }
  }
  /**
   * Implementation of {@link CryptoApi#requestVerificationDM}
   */
  async requestVerificationDM(userId, roomId) {
    const userIdentity = await this.olmMachine.getIdentity(new UserId(userId));
    if (!userIdentity) throw new Error(`unknown userId ${userId}`);
    try {
      const methods = this._supportedVerificationMethods.map((method) => verificationMethodIdentifierToMethod(method));
      const verCont = userIdentity.verificationRequestContent(methods);
      const verContObj = JSON.parse(verCont);
      verContObj["msgtype"] = "m.key.verification.request";
      const verificationEventContent = JSON.stringify(verContObj);
      const eventId = await this.sendVerificationRequestContent(roomId, verificationEventContent);
      const request = userIdentity.requestVerification(new RoomId(roomId), new EventId(eventId), methods);
      return this.makeVerificationRequest(request);
    } finally {
      userIdentity.free();
    }
  }
  /**
   * Send the verification content to a room
   * See https://spec.matrix.org/v1.7/client-server-api/#put_matrixclientv3roomsroomidsendeventtypetxnid
   *
   * Prefer to use {@link OutgoingRequestProcessor.makeOutgoingRequest} when dealing with {@link RustSdkCryptoJs.RoomMessageRequest}
   *
   * @param roomId - the targeted room
   * @param verificationEventContent - the request body.
   *
   * @returns the event id
   */
  async sendVerificationRequestContent(roomId, verificationEventContent) {
    const txId = secureRandomString(32);
    const {
      event_id: eventId
    } = await this.http.authedRequest(Method.Put, `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${encodeURIComponent(txId)}`, void 0, verificationEventContent, {
      prefix: ""
    });
    return eventId;
  }
  /**
   * Set the verification methods we offer to the other side during an interactive verification.
   *
   * If `undefined`, we will offer all the methods supported by the Rust SDK.
   */
  setSupportedVerificationMethods(methods) {
    this._supportedVerificationMethods = methods ?? ALL_VERIFICATION_METHODS;
  }
  /**
   * Send a verification request to our other devices.
   *
   * If a verification is already in flight, returns it. Otherwise, initiates a new one.
   *
   * Implementation of {@link CryptoApi#requestOwnUserVerification}.
   *
   * @returns a VerificationRequest when the request has been sent to the other party.
   */
  async requestOwnUserVerification() {
    const userIdentity = await this.getOwnIdentity();
    if (userIdentity === void 0) {
      throw new Error("cannot request verification for this device when there is no existing cross-signing key");
    }
    try {
      const [request, outgoingRequest] = await userIdentity.requestVerification(this._supportedVerificationMethods.map(verificationMethodIdentifierToMethod));
      await this.outgoingRequestProcessor.makeOutgoingRequest(outgoingRequest);
      return this.makeVerificationRequest(request);
    } finally {
      userIdentity.free();
    }
  }
  /**
   * Request an interactive verification with the given device.
   *
   * If a verification is already in flight, returns it. Otherwise, initiates a new one.
   *
   * Implementation of {@link CryptoApi#requestDeviceVerification}.
   *
   * @param userId - ID of the owner of the device to verify
   * @param deviceId - ID of the device to verify
   *
   * @returns a VerificationRequest when the request has been sent to the other party.
   */
  async requestDeviceVerification(userId, deviceId) {
    const device = await this.olmMachine.getDevice(new UserId(userId), new DeviceId(deviceId));
    if (!device) {
      throw new Error("Not a known device");
    }
    try {
      const [request, outgoingRequest] = device.requestVerification(this._supportedVerificationMethods.map(verificationMethodIdentifierToMethod));
      await this.outgoingRequestProcessor.makeOutgoingRequest(outgoingRequest);
      return this.makeVerificationRequest(request);
    } finally {
      device.free();
    }
  }
  /**
   * Fetch the backup decryption key we have saved in our store.
   *
   * Implementation of {@link CryptoApi#getSessionBackupPrivateKey}.
   *
   * @returns the key, if any, or null
   */
  async getSessionBackupPrivateKey() {
    const backupKeys = await this.olmMachine.getBackupKeys();
    if (!backupKeys.decryptionKey) return null;
    return decodeBase64(backupKeys.decryptionKey.toBase64());
  }
  /**
   * Store the backup decryption key.
   *
   * Implementation of {@link CryptoApi#storeSessionBackupPrivateKey}.
   *
   * @param key - the backup decryption key
   * @param version - the backup version for this key.
   */
  async storeSessionBackupPrivateKey(key, version) {
    const base64Key = encodeBase64(key);
    if (!version) {
      throw new Error("storeSessionBackupPrivateKey: version is required");
    }
    await this.backupManager.saveBackupDecryptionKey(BackupDecryptionKey.fromBase64(base64Key), version);
  }
  /**
   * Implementation of {@link CryptoApi#loadSessionBackupPrivateKeyFromSecretStorage}.
   */
  async loadSessionBackupPrivateKeyFromSecretStorage() {
    const backupKey = await this.secretStorage.get("m.megolm_backup.v1");
    if (!backupKey) {
      throw new Error("loadSessionBackupPrivateKeyFromSecretStorage: missing decryption key in secret storage");
    }
    const keyBackupInfo = await this.backupManager.getServerBackupInfo();
    if (!keyBackupInfo || !keyBackupInfo.version) {
      throw new Error("loadSessionBackupPrivateKeyFromSecretStorage: unable to get backup version");
    }
    const backupDecryptionKey = BackupDecryptionKey.fromBase64(backupKey);
    if (!decryptionKeyMatchesKeyBackupInfo(backupDecryptionKey, keyBackupInfo)) {
      throw new DecryptionKeyDoesNotMatchError("loadSessionBackupPrivateKeyFromSecretStorage: decryption key does not match backup info");
    }
    await this.backupManager.saveBackupDecryptionKey(backupDecryptionKey, keyBackupInfo.version);
  }
  /**
   * Get the current status of key backup.
   *
   * Implementation of {@link CryptoApi#getActiveSessionBackupVersion}.
   */
  async getActiveSessionBackupVersion() {
    return await this.backupManager.getActiveBackupVersion();
  }
  /**
   * Implementation of {@link CryptoApi#getKeyBackupInfo}.
   */
  async getKeyBackupInfo() {
    return await this.backupManager.getServerBackupInfo() || null;
  }
  /**
   * Determine if a key backup can be trusted.
   *
   * Implementation of {@link CryptoApi#isKeyBackupTrusted}.
   */
  async isKeyBackupTrusted(info) {
    return await this.backupManager.isKeyBackupTrusted(info);
  }
  /**
   * Force a re-check of the key backup and enable/disable it as appropriate.
   *
   * Implementation of {@link CryptoApi#checkKeyBackupAndEnable}.
   */
  async checkKeyBackupAndEnable() {
    return await this.backupManager.checkKeyBackupAndEnable(true);
  }
  /**
   * Implementation of {@link CryptoApi#deleteKeyBackupVersion}.
   */
  async deleteKeyBackupVersion(version) {
    await this.backupManager.deleteKeyBackupVersion(version);
  }
  /**
   * Implementation of {@link CryptoApi#resetKeyBackup}.
   */
  async resetKeyBackup() {
    const backupInfo = await this.backupManager.setupKeyBackup((o) => this.signObject(o));
    await this.pushSecretToVerifiedDevices("m.megolm_backup.v1");
    if (await this.secretStorageHasAESKey()) {
      await this.secretStorage.store("m.megolm_backup.v1", backupInfo.decryptionKey.toBase64());
    }
  }
  /**
   * Implementation of {@link CryptoApi#disableKeyStorage}.
   */
  async disableKeyStorage() {
    const info = await this.getKeyBackupInfo();
    if (info?.version) {
      await this.deleteKeyBackupVersion(info.version);
    } else {
      this.logger.error("Can't delete key backup version: no version available");
    }
    await this.deleteSecretStorage();
    await this.dehydratedDeviceManager.delete();
  }
  /**
   * Signs the given object with the current device and current identity (if available).
   * As defined in {@link https://spec.matrix.org/v1.8/appendices/#signing-json | Signing JSON}.
   *
   * Helper for {@link RustCrypto#resetKeyBackup}.
   *
   * @param obj - The object to sign
   */
  async signObject(obj) {
    const sigs = new Map(Object.entries(obj.signatures || {}));
    const unsigned = obj.unsigned;
    delete obj.signatures;
    delete obj.unsigned;
    const userSignatures = sigs.get(this.userId) || {};
    const canonalizedJson = import_another_json.default.stringify(obj);
    const signatures = await this.olmMachine.sign(canonalizedJson);
    const map = JSON.parse(signatures.asJSON());
    sigs.set(this.userId, (0, import_objectSpread22.default)((0, import_objectSpread22.default)({}, userSignatures), map[this.userId]));
    if (unsigned !== void 0) obj.unsigned = unsigned;
    obj.signatures = Object.fromEntries(sigs.entries());
  }
  /**
   * Implementation of {@link CryptoApi#restoreKeyBackupWithPassphrase}.
   */
  async restoreKeyBackupWithPassphrase(passphrase, opts) {
    const backupInfo = await this.backupManager.getServerBackupInfo();
    if (!backupInfo?.version) {
      throw new Error("No backup info available");
    }
    const privateKey = await keyFromAuthData(backupInfo.auth_data, passphrase);
    await this.storeSessionBackupPrivateKey(privateKey, backupInfo.version);
    return this.restoreKeyBackup(opts);
  }
  /**
   * Implementation of {@link CryptoApi#restoreKeyBackup}.
   */
  async restoreKeyBackup(opts) {
    const backupKeys = await this.olmMachine.getBackupKeys();
    const {
      decryptionKey,
      backupVersion
    } = backupKeys;
    if (!decryptionKey || !backupVersion) throw new Error("No decryption key found in crypto store");
    const decodedDecryptionKey = decodeBase64(decryptionKey.toBase64());
    const backupInfo = await this.backupManager.requestKeyBackupVersion(backupVersion);
    if (!backupInfo) throw new Error(`Backup version to restore ${backupVersion} not found on server`);
    const backupDecryptor = await this.getBackupDecryptor(backupInfo, decodedDecryptionKey);
    try {
      opts?.progressCallback?.({
        stage: ImportRoomKeyStage.Fetch
      });
      return await this.backupManager.restoreKeyBackup(backupVersion, backupDecryptor, opts);
    } finally {
      backupDecryptor.free();
    }
  }
  /**
   * Implementation of {@link CryptoApi#isDehydrationSupported}.
   */
  async isDehydrationSupported() {
    return await this.dehydratedDeviceManager.isSupported();
  }
  /**
   * Implementation of {@link CryptoApi#startDehydration}.
   */
  async startDehydration(opts = {}) {
    if (!await this.isCrossSigningReady() || !await this.isSecretStorageReady()) {
      throw new Error("Device dehydration requires cross-signing and secret storage to be set up");
    }
    return await this.dehydratedDeviceManager.start(opts || {});
  }
  /**
   * Implementation of {@link CryptoApi#importSecretsBundle}.
   */
  async importSecretsBundle(secrets) {
    const secretsBundle = SecretsBundle.from_json(secrets);
    await this.getOlmMachineOrThrow().importSecretsBundle(secretsBundle);
  }
  /**
   * Implementation of {@link CryptoApi#exportSecretsBundle}.
   */
  async exportSecretsBundle() {
    const secretsBundle = await this.getOlmMachineOrThrow().exportSecretsBundle();
    const secrets = secretsBundle.to_json();
    secretsBundle.free();
    return secrets;
  }
  /**
   * Implementation of {@link CryptoApi#encryptToDeviceMessages}.
   */
  async encryptToDeviceMessages(eventType, devices, payload) {
    const logger = new LogSpan(this.logger, "encryptToDeviceMessages");
    const uniqueUsers = new Set(devices.map(({
      userId
    }) => userId));
    await this.keyClaimManager.ensureSessionsForUsers(logger, Array.from(uniqueUsers).map((userId) => new UserId(userId)));
    const batch = {
      batch: [],
      eventType: EventType.RoomMessageEncrypted
    };
    await Promise.all(devices.map(async ({
      userId,
      deviceId
    }) => {
      const device = await this.olmMachine.getDevice(new UserId(userId), new DeviceId(deviceId));
      if (device) {
        const encryptedPayload = JSON.parse(await device.encryptToDeviceEvent(eventType, payload));
        batch.batch.push({
          deviceId,
          userId,
          payload: encryptedPayload
        });
      } else {
        this.logger.warn(`encryptToDeviceMessages: unknown device ${userId}:${deviceId}`);
      }
    }));
    return batch;
  }
  /**
   * Implementation of {@link CryptoApi#resetEncryption}.
   */
  async resetEncryption(authUploadDeviceSigningKeys) {
    this.logger.debug("resetEncryption: resetting encryption");
    void this.dehydratedDeviceManager.delete();
    await this.backupManager.deleteAllKeyBackupVersions();
    await this.deleteSecretStorage();
    await this.crossSigningIdentity.bootstrapCrossSigning({
      setupNewCrossSigning: true,
      authUploadDeviceSigningKeys
    });
    await this.resetKeyBackup();
    this.logger.debug("resetEncryption: ended");
  }
  /**
   * Removes the secret storage key, default key pointer and all (known) secret storage data
   * from the user's account data
   */
  async deleteSecretStorage() {
    await this.secretStorage.store("m.cross_signing.master", null);
    await this.secretStorage.store("m.cross_signing.self_signing", null);
    await this.secretStorage.store("m.cross_signing.user_signing", null);
    await this.secretStorage.store("m.megolm_backup.v1", null);
    const defaultKeyId = await this.secretStorage.getDefaultKeyId();
    if (defaultKeyId) await this.secretStorage.store(`m.secret_storage.key.${defaultKeyId}`, null);
    await this.secretStorage.setDefaultKeyId(null);
  }
  /**
   * Implementation of {@link CryptoApi#shareRoomHistoryWithUser}.
   */
  async shareRoomHistoryWithUser(roomId, userId) {
    const logger = new LogSpan(this.logger, `shareRoomHistoryWithUser(${roomId}, ${userId})`);
    const identity = await this.getOwnIdentity();
    if (!identity?.isVerified()) {
      logger.warn("Not sharing message history as the current device is not verified by our cross-signing identity");
      return;
    }
    logger.info("Sharing message history");
    if (!await this.getOlmMachineOrThrow().hasDownloadedAllRoomKeys(new RoomId(roomId))) {
      await this.backupManager.downloadLatestRoomKeyBackup(roomId);
      await this.getOlmMachineOrThrow().setHasDownloadedAllRoomKeys(new RoomId(roomId));
    }
    const bundle = await this.getOlmMachineOrThrow().buildRoomKeyBundle(new RoomId(roomId));
    if (!bundle) {
      logger.info("No keys to share");
      return;
    }
    const uploadResponse = await this.http.uploadContent(bundle.encryptedData);
    logger.info(`Uploaded encrypted key blob: ${JSON.stringify(uploadResponse)}`);
    const req = this.getOlmMachineOrThrow().queryKeysForUsers([new UserId(userId)]);
    await this.outgoingRequestProcessor.makeOutgoingRequest(req);
    await this.keyClaimManager.ensureSessionsForUsers(logger, [new UserId(userId)]);
    const requests = await this.getOlmMachineOrThrow().shareRoomKeyBundleData(new UserId(userId), new RoomId(roomId), uploadResponse.content_uri, bundle.mediaEncryptionInfo, CollectStrategy.identityBasedStrategy());
    for (const req2 of requests) {
      await this.outgoingRequestProcessor.makeOutgoingRequest(req2);
    }
  }
  ///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
  //
  // SyncCryptoCallbacks implementation
  //
  ///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
  /**
   * Implementation of {@link SyncCryptoCallbacks.processSyncChanges}.
   *
   * Passes all of the encryption-relevant data from a sync response to the OlmMachine in a single call, and
   * post-processes the resulting to-device messages.
   */
  async processSyncChanges({
    toDeviceEvents,
    deviceLists,
    oneTimeKeysCounts,
    unusedFallbackKeys,
    useMsc4186 = false
  }) {
    const events = JSON.stringify(toDeviceEvents);
    const devices = new DeviceLists(deviceLists?.changed?.map((userId) => new UserId(userId)), deviceLists?.left?.map((userId) => new UserId(userId)));
    const counts = new Map(Object.entries(oneTimeKeysCounts ?? {}));
    const fallbackKeys = unusedFallbackKeys && new Set(unusedFallbackKeys);
    const processed = useMsc4186 ? await this.olmMachine.receiveSyncChangesMsc4186(events, devices, counts, fallbackKeys) : await this.olmMachine.receiveSyncChanges(events, devices, counts, fallbackKeys);
    const received = [];
    for (const message of processed) {
      const parsedMessage = JSON.parse(message.rawEvent);
      if (parsedMessage.type === EventType.KeyVerificationRequest) {
        const sender = parsedMessage.sender;
        const transactionId = parsedMessage.content.transaction_id;
        if (transactionId && sender) {
          this.onIncomingKeyVerificationRequest(sender, transactionId);
        }
      }
      switch (message.type) {
        case ProcessedToDeviceEventType.Decrypted: {
          const encryptionInfo = message.encryptionInfo;
          received.push({
            message: parsedMessage,
            encryptionInfo: {
              sender: encryptionInfo.sender.toString(),
              senderDevice: encryptionInfo.senderDevice?.toString(),
              senderCurve25519KeyBase64: encryptionInfo.senderCurve25519Key,
              senderVerified: encryptionInfo.isSenderVerified()
            }
          });
          if (isRoomKeyBundleMessage(parsedMessage)) {
            const roomId = parsedMessage.content.room_id;
            const pendingDetails = await this.olmMachine.getPendingKeyBundleDetailsForRoom(new RoomId(roomId));
            if (!pendingDetails) {
              this.logger.debug(`Not yet accepting key bundle for room where we are not awaiting a bundle: ${roomId}`);
            } else if (Date.now() - pendingDetails.inviteAcceptedAtMillis > MAX_INVITE_ACCEPTANCE_MS_FOR_KEY_BUNDLE) {
              this.logger.info(`Ignoring key bundle for room we joined too long ago: ${roomId}, joining time: ${new Date(pendingDetails.inviteAcceptedAtMillis).toISOString()}`);
            } else {
              this.logger.info(`Considering key bundle for recently-joined room ${roomId}`);
              this.maybeAcceptKeyBundle(roomId, pendingDetails.inviterId.toString()).catch((err) => {
                this.logger.error(`Error attempting to download key bundle for room ${roomId}`);
                this.logger.error(err);
              });
            }
          }
          break;
        }
        case ProcessedToDeviceEventType.PlainText: {
          received.push({
            message: parsedMessage,
            encryptionInfo: null
          });
          break;
        }
        case ProcessedToDeviceEventType.UnableToDecrypt:
          break;
        case ProcessedToDeviceEventType.Invalid:
          break;
      }
    }
    return received;
  }
  /** called by the sync loop on m.room.encryption events
   *
   * @param room - in which the event was received
   * @param event - encryption event to be processed
   */
  async onCryptoEvent(room, event) {
    const config = event.getContent();
    const settings = new RoomSettings();
    if (config.algorithm === "m.megolm.v1.aes-sha2") {
      settings.algorithm = EncryptionAlgorithm.MegolmV1AesSha2;
    } else {
      this.logger.warn(`Room ${room.roomId}: ignoring crypto event with invalid algorithm ${config.algorithm}`);
      return;
    }
    if (config["io.element.msc4362.encrypt_state_events"] && this.enableEncryptedStateEvents) {
      this.logger.info("crypto Enabling state event encryption...");
      settings.encryptStateEvents = true;
    }
    try {
      settings.sessionRotationPeriodMs = config.rotation_period_ms;
      settings.sessionRotationPeriodMessages = config.rotation_period_msgs;
      await this.olmMachine.setRoomSettings(new RoomId(room.roomId), settings);
    } catch (e) {
      this.logger.warn(`Room ${room.roomId}: ignoring crypto event which caused error: ${e}`);
      return;
    }
    const existingEncryptor = this.roomEncryptors[room.roomId];
    if (existingEncryptor) {
      existingEncryptor.onCryptoEvent(config);
    } else {
      this.roomEncryptors[room.roomId] = new RoomEncryptor(this.logger.getChild(`[${room.roomId} encryption]`), this.olmMachine, this.keyClaimManager, this.outgoingRequestsManager, room, config);
    }
  }
  /** called by the sync loop after processing each sync.
   *
   *
   * @param syncState - information on the completed sync.
   */
  onSyncCompleted(syncState) {
    this.outgoingRequestsManager.doProcessOutgoingRequests().catch((e) => {
      this.logger.warn("onSyncCompleted: Error processing outgoing requests", e);
    });
  }
  /**
   * Implementation of {@link CryptoApi#markAllTrackedUsersAsDirty}.
   */
  async markAllTrackedUsersAsDirty() {
    await this.olmMachine.markAllTrackedUsersAsDirty();
  }
  /**
   * Handle an incoming m.key.verification.request event, received either in-room or in a to-device message.
   *
   * @param sender - the sender of the event
   * @param transactionId - the transaction ID for the verification. For to-device messages, this comes from the
   *    content of the message; for in-room messages it is the event ID.
   */
  onIncomingKeyVerificationRequest(sender, transactionId) {
    const request = this.olmMachine.getVerificationRequest(new UserId(sender), transactionId);
    if (request) {
      this.emit(CryptoEvent.VerificationRequestReceived, this.makeVerificationRequest(request));
    } else {
      this.logger.info(`Ignoring just-received verification request ${transactionId} which did not start a rust-side verification`);
    }
  }
  /** Utility function to wrap a rust `VerificationRequest` with our own {@link VerificationRequest}. */
  makeVerificationRequest(request) {
    return new RustVerificationRequest(this.logger, this.olmMachine, request, this.outgoingRequestProcessor, this._supportedVerificationMethods);
  }
  ///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
  //
  // Other public functions
  //
  ///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
  /** called by the MatrixClient on a room membership event
   *
   * @param event - The matrix event which caused this event to fire.
   * @param member - The member whose RoomMember.membership changed.
   * @param oldMembership - The previous membership state. Null if it's a new member.
   */
  onRoomMembership(event, member, oldMembership) {
    const roomId = event.getRoomId();
    if (oldMembership === KnownMembership.Join && member.membership !== KnownMembership.Join && member.userId === this.olmMachine.userId.toString()) {
      this.olmMachine.clearRoomPendingKeyBundle(new RoomId(roomId)).catch((e) => {
        this.logger.error(`Error clearing room pending key bundle indicator for ${roomId}: ${e}`);
      });
    }
    const enc = this.roomEncryptors[roomId];
    if (!enc) {
      return;
    }
    enc.onRoomMembership(member);
  }
  /**
   * Previously, it was sufficient to check if we need to rotate the room key
   * prior to sending a message. However, the history sharing feature
   * (MSC4268) breaks this logic:
   *
   * 1. Alice sends a message M1 in room X;
   * 2. Bob invites Charlie, who joins and immediately leaves the room;
   * 3. Alice sends another message M2 in room X.
   *
   * Under the old logic, Alice would not rotate her key after Charlie
   * leaves, resulting in M2 being encrypted with the same session as M1.
   * This would allow Charlie to decrypt M2 if he ever gains access to
   * the event.
   *
   * To counter this, we proactively discard any active outgoing Megolm
   * session when we see an event indicating the user left.
   *
   * Note that we have to do this in `onRoomStateEvent` rather than
   * `onRoomMembership`, because `onRoomMembership` is only called when we see
   * a *change* in membership. In the case of a gappy sync, we might miss
   * Charlie's invite and join, and only see the final `leave` event (so his
   * membership goes from `leave` to `leave`).
   */
  onRoomStateEvent(event, _state, _prevEvent) {
    if (event.getType() != EventType.RoomMember) {
      return;
    }
    if (event.getStateKey() !== this.olmMachine.userId.toString() && event.getContent().membership !== KnownMembership.Join) {
      this.logger.info(`Rotating session for room ${event.getRoomId()} due to member leaving the room`);
      void this.forceDiscardSession(event.getRoomId());
    }
  }
  /** Callback for OlmMachine.registerRoomKeyUpdatedCallback
   *
   * Called by the rust-sdk whenever there is an update to (megolm) room keys. We
   * check if we have any events waiting for the given keys, and schedule them for
   * a decryption retry if so.
   *
   * @param keys - details of the updated keys
   */
  async onRoomKeysUpdated(keys) {
    for (const key of keys) {
      this.onRoomKeyUpdated(key);
    }
    void this.backupManager.maybeUploadKey();
  }
  onRoomKeyUpdated(key) {
    if (this.stopped) return;
    this.logger.debug(`Got update for session ${key.sessionId} from sender ${key.senderKey.toBase64()} in ${key.roomId.toString()}`);
    const pendingList = this.eventDecryptor.getEventsPendingRoomKey(key.roomId.toString(), key.sessionId);
    if (pendingList.length === 0) return;
    this.logger.debug("Retrying decryption on events:", pendingList.map((e) => `${e.getId()}`));
    for (const ev of pendingList) {
      ev.attemptDecryption(this, {
        isRetry: true
      }).catch((_e) => {
        this.logger.info(`Still unable to decrypt event ${ev.getId()} after receiving key`);
      });
    }
  }
  /**
   * Callback for `OlmMachine.registerRoomKeyWithheldCallback`.
   *
   * Called by the rust sdk whenever we are told that a key has been withheld. We see if we had any events that
   * failed to decrypt for the given session, and update their status if so.
   *
   * @param withheld - Details of the withheld sessions.
   */
  async onRoomKeysWithheld(withheld) {
    for (const session of withheld) {
      this.logger.debug(`Got withheld message for session ${session.sessionId} in ${session.roomId.toString()}`);
      const pendingList = this.eventDecryptor.getEventsPendingRoomKey(session.roomId.toString(), session.sessionId);
      if (pendingList.length === 0) return;
      this.logger.debug("Retrying decryption on events:", pendingList.map((e) => `${e.getId()}`));
      for (const ev of pendingList) {
        ev.attemptDecryption(this, {
          isRetry: true
        }).catch((_e) => {
        });
      }
    }
  }
  /**
   * Callback for `OlmMachine.registerUserIdentityUpdatedCallback`
   *
   * Called by the rust-sdk whenever there is an update to any user's cross-signing status. We re-check their trust
   * status and emit a `UserTrustStatusChanged` event, as well as a `KeysChanged` if it is our own identity that changed.
   *
   * @param userId - the user with the updated identity
   */
  async onUserIdentityUpdated(userId) {
    const newVerification = await this.getUserVerificationStatus(userId.toString());
    this.emit(CryptoEvent.UserTrustStatusChanged, userId.toString(), newVerification);
    if (userId.toString() === this.userId) {
      this.emit(CryptoEvent.KeysChanged, {});
      await this.checkKeyBackupAndEnable();
    }
  }
  /**
   * Callback for `OlmMachine.registerDevicesUpdatedCallback`
   *
   * Called when users' devices have updated. Emits `WillUpdateDevices` and `DevicesUpdated`. In the JavaScript
   * crypto backend, these events are called at separate times, with `WillUpdateDevices` being emitted just before
   * the devices are saved, and `DevicesUpdated` being emitted just after. But the OlmMachine only gives us
   * one event, so we emit both events here.
   *
   * @param userIds - an array of user IDs of users whose devices have updated.
   */
  async onDevicesUpdated(userIds) {
    this.emit(CryptoEvent.WillUpdateDevices, userIds, false);
    this.emit(CryptoEvent.DevicesUpdated, userIds, false);
  }
  /**
   * Handles secret received from the rust secret inbox.
   *
   * The gossipped secrets are received using the `m.secret.send` or
   * `io.element.msc4385.secret.push` event types and are guaranteed to have
   * been received over a 1-to-1 Olm Session from a verified device.
   *
   * The only secret currently handled in this way is `m.megolm_backup.v1`.
   *
   * @param name - the secret name
   * @param value - the secret value
   */
  async handleSecretReceived(name, value) {
    this.logger.debug(`onReceiveSecret: Received secret ${name}`);
    if (name === "m.megolm_backup.v1") {
      return await this.backupManager.handleBackupSecretReceived(value);
    }
    return false;
  }
  /**
   * Called when a new secret is received in the rust secret inbox.
   *
   * Will poll the secret inbox and handle the secrets received.
   *
   * @param name - The name of the secret received.
   */
  async checkSecrets(name) {
    const pendingValues = await this.olmMachine.getSecretsFromInbox(name);
    for (const value of pendingValues) {
      if (await this.handleSecretReceived(name, value)) {
        break;
      }
    }
    await this.olmMachine.deleteSecretsFromInbox(name);
  }
  /**
   * Handle a live event received via /sync.
   * See {@link ClientEventHandlerMap#event}
   *
   * @param event - live event
   */
  async onLiveEventFromSync(event) {
    if (event.isState() || !!event.getUnsigned().transaction_id) return;
    const processEvent = async (evt) => {
      if (isVerificationEvent(event)) {
        await this.onKeyVerificationEvent(evt);
      }
    };
    if (event.isDecryptionFailure() || event.isEncrypted()) {
      const TIMEOUT_DELAY = 5 * 60 * 1e3;
      const timeoutId = setTimeout(() => event.off(MatrixEventEvent.Decrypted, onDecrypted), TIMEOUT_DELAY);
      const onDecrypted = (decryptedEvent, error) => {
        if (error) return;
        clearTimeout(timeoutId);
        event.off(MatrixEventEvent.Decrypted, onDecrypted);
        void processEvent(decryptedEvent);
      };
      event.on(MatrixEventEvent.Decrypted, onDecrypted);
    } else {
      await processEvent(event);
    }
  }
  /**
   * Handle an in-room key verification event.
   *
   * @param event - a key validation request event.
   */
  async onKeyVerificationEvent(event) {
    const roomId = event.getRoomId();
    const senderId = event.getSender();
    if (!roomId) {
      throw new Error("missing roomId in the event");
    }
    if (!senderId) {
      throw new Error("missing sender in the event");
    }
    this.logger.debug(`Incoming verification event ${event.getId()} type ${event.getType()} from ${event.getSender()}`);
    const isRoomVerificationRequest = event.getType() === EventType.RoomMessage && event.getContent().msgtype === MsgType.KeyVerificationRequest;
    if (isRoomVerificationRequest) {
      const req = this.getOlmMachineOrThrow().queryKeysForUsers([new UserId(senderId)]);
      await this.outgoingRequestProcessor.makeOutgoingRequest(req);
    }
    await this.getOlmMachineOrThrow().receiveVerificationEvent(JSON.stringify({
      event_id: event.getId(),
      type: event.getType(),
      sender: senderId,
      state_key: event.getStateKey(),
      content: event.getContent(),
      origin_server_ts: event.getTs()
    }), new RoomId(roomId));
    if (isRoomVerificationRequest) {
      this.onIncomingKeyVerificationRequest(senderId, event.getId());
    }
    this.outgoingRequestsManager.doProcessOutgoingRequests().catch((e) => {
      this.logger.warn("onKeyVerificationRequest: Error processing outgoing requests", e);
    });
  }
  /**
   * Returns the cross-signing user identity of the current user.
   *
   * Not part of the public crypto-api interface.
   * Used during migration from legacy js-crypto to update local trust if needed.
   */
  async getOwnIdentity() {
    const identity = await this.getOlmMachineOrThrow().getIdentity(new UserId(this.userId));
    return identity;
  }
  /**
   * Push a secret to all of the current user's verified devices.
   */
  async pushSecretToVerifiedDevices(name) {
    const logger = new LogSpan(this.logger, "pushSecretToVerifiedDevices");
    await this.keyClaimManager.ensureSessionsForUsers(logger, [new UserId(this.userId)]);
    await this.olmMachine.pushSecretToVerifiedDevices(name);
    this.outgoingRequestsManager.doProcessOutgoingRequests().catch((e) => {
      logger.warn("pushSecretToVerifiedDevices: Error processing outgoing requests", e);
    });
  }
};
var EventDecryptor = class {
  constructor(logger, olmMachine, perSessionBackupDownloader) {
    (0, import_defineProperty8.default)(this, "eventsPendingKey", new MapWithDefault(() => new MapWithDefault(() => /* @__PURE__ */ new Set())));
    this.logger = logger;
    this.olmMachine = olmMachine;
    this.perSessionBackupDownloader = perSessionBackupDownloader;
  }
  async attemptEventDecryption(event, isolationMode) {
    this.addEventToPendingList(event);
    let trustRequirement;
    switch (isolationMode.kind) {
      case DeviceIsolationModeKind.AllDevicesIsolationMode:
        trustRequirement = TrustRequirement.Untrusted;
        break;
      case DeviceIsolationModeKind.OnlySignedDevicesIsolationMode:
        trustRequirement = TrustRequirement.CrossSignedOrLegacy;
        break;
    }
    try {
      const res = await this.olmMachine.decryptRoomEvent(stringifyEvent(event), new RoomId(event.getRoomId()), new DecryptionSettings(trustRequirement));
      this.removeEventFromPendingList(event);
      return {
        clearEvent: JSON.parse(res.event),
        claimedEd25519Key: res.senderClaimedEd25519Key,
        senderCurve25519Key: res.senderCurve25519Key,
        keyForwardedBy: res.forwarder?.toString()
      };
    } catch (err) {
      if (err instanceof MegolmDecryptionError) {
        this.onMegolmDecryptionError(event, err, await this.perSessionBackupDownloader.getServerBackupInfo());
      } else {
        throw new DecryptionError(DecryptionFailureCode.UNKNOWN_ERROR, "Unknown error");
      }
    }
  }
  /**
   * Handle a `MegolmDecryptionError` returned by the rust SDK.
   *
   * Fires off a request to the `perSessionBackupDownloader`, if appropriate, and then throws a `DecryptionError`.
   *
   * @param event - The event which could not be decrypted.
   * @param err - The error from the Rust SDK.
   * @param serverBackupInfo - Details about the current backup from the server. `null` if there is no backup.
   *     `undefined` if our attempt to check failed.
   */
  onMegolmDecryptionError(event, err, serverBackupInfo) {
    const content = event.getWireContent();
    const errorDetails = {
      sender_key: content.sender_key,
      session_id: content.session_id
    };
    if (err.code === DecryptionErrorCode.MissingRoomKey || err.code === DecryptionErrorCode.UnknownMessageIndex) {
      this.perSessionBackupDownloader.onDecryptionKeyMissingError(event.getRoomId(), content.session_id);
      const membership = event.getMembershipAtEvent();
      if (membership && membership !== KnownMembership.Join && membership !== KnownMembership.Invite) {
        throw new DecryptionError(DecryptionFailureCode.HISTORICAL_MESSAGE_USER_NOT_JOINED, "This message was sent when we were not a member of the room.", errorDetails);
      }
      if (event.getTs() <= this.olmMachine.deviceCreationTimeMs) {
        if (serverBackupInfo === null) {
          throw new DecryptionError(DecryptionFailureCode.HISTORICAL_MESSAGE_NO_KEY_BACKUP, "This message was sent before this device logged in, and there is no key backup on the server.", errorDetails);
        } else if (!this.perSessionBackupDownloader.isKeyBackupDownloadConfigured()) {
          throw new DecryptionError(DecryptionFailureCode.HISTORICAL_MESSAGE_BACKUP_UNCONFIGURED, "This message was sent before this device logged in, and key backup is not working.", errorDetails);
        } else {
          throw new DecryptionError(DecryptionFailureCode.HISTORICAL_MESSAGE_WORKING_BACKUP, "This message was sent before this device logged in. Key backup is working, but we still do not (yet) have the key.", errorDetails);
        }
      }
    }
    if (err.maybe_withheld) {
      const failureCode = err.maybe_withheld === "The sender has disabled encrypting to unverified devices." ? DecryptionFailureCode.MEGOLM_KEY_WITHHELD_FOR_UNVERIFIED_DEVICE : DecryptionFailureCode.MEGOLM_KEY_WITHHELD;
      throw new DecryptionError(failureCode, err.maybe_withheld, errorDetails);
    }
    switch (err.code) {
      case DecryptionErrorCode.MissingRoomKey:
        throw new DecryptionError(DecryptionFailureCode.MEGOLM_UNKNOWN_INBOUND_SESSION_ID, "The sender's device has not sent us the keys for this message.", errorDetails);
      case DecryptionErrorCode.UnknownMessageIndex:
        throw new DecryptionError(DecryptionFailureCode.OLM_UNKNOWN_MESSAGE_INDEX, "The sender's device has not sent us the keys for this message at this index.", errorDetails);
      case DecryptionErrorCode.SenderIdentityVerificationViolation:
        this.removeEventFromPendingList(event);
        throw new DecryptionError(DecryptionFailureCode.SENDER_IDENTITY_PREVIOUSLY_VERIFIED, "The sender identity is unverified, but was previously verified.");
      case DecryptionErrorCode.UnknownSenderDevice:
        this.removeEventFromPendingList(event);
        throw new DecryptionError(DecryptionFailureCode.UNKNOWN_SENDER_DEVICE, "The sender device is not known.");
      case DecryptionErrorCode.UnsignedSenderDevice:
        this.removeEventFromPendingList(event);
        throw new DecryptionError(DecryptionFailureCode.UNSIGNED_SENDER_DEVICE, "The sender identity is not cross-signed.");
      // We don't map MismatchedIdentityKeys for now, as there is no equivalent in legacy.
      // Just put it on the `UNKNOWN_ERROR` bucket.
      default:
        throw new DecryptionError(DecryptionFailureCode.UNKNOWN_ERROR, err.description, errorDetails);
    }
  }
  async getEncryptionInfoForEvent(event) {
    if (!event.getClearContent() || event.isDecryptionFailure()) {
      return null;
    }
    if (event.status !== null) {
      return {
        shieldColour: EventShieldColour.NONE,
        shieldReason: null
      };
    }
    const encryptionInfo = await this.olmMachine.getRoomEventEncryptionInfo(stringifyEvent(event), new RoomId(event.getRoomId()));
    return rustEncryptionInfoToJsEncryptionInfo(this.logger, encryptionInfo);
  }
  /**
   * Look for events which are waiting for a given megolm session
   *
   * Returns a list of events which were encrypted by `session` and could not be decrypted
   */
  getEventsPendingRoomKey(roomId, sessionId) {
    const roomPendingEvents = this.eventsPendingKey.get(roomId);
    if (!roomPendingEvents) return [];
    const sessionPendingEvents = roomPendingEvents.get(sessionId);
    if (!sessionPendingEvents) return [];
    return [...sessionPendingEvents];
  }
  /**
   * Add an event to the list of those awaiting their session keys.
   */
  addEventToPendingList(event) {
    const roomId = event.getRoomId();
    if (!roomId) return;
    const roomPendingEvents = this.eventsPendingKey.getOrCreate(roomId);
    const sessionPendingEvents = roomPendingEvents.getOrCreate(event.getWireContent().session_id);
    sessionPendingEvents.add(event);
  }
  /**
   * Remove an event from the list of those awaiting their session keys.
   */
  removeEventFromPendingList(event) {
    const roomId = event.getRoomId();
    if (!roomId) return;
    const roomPendingEvents = this.eventsPendingKey.getOrCreate(roomId);
    if (!roomPendingEvents) return;
    const sessionPendingEvents = roomPendingEvents.get(event.getWireContent().session_id);
    if (!sessionPendingEvents) return;
    sessionPendingEvents.delete(event);
    if (sessionPendingEvents.size === 0) {
      roomPendingEvents.delete(event.getWireContent().session_id);
      if (roomPendingEvents.size === 0) {
        this.eventsPendingKey.delete(roomId);
      }
    }
  }
};
function stringifyEvent(event) {
  return JSON.stringify({
    event_id: event.getId(),
    type: event.getWireType(),
    sender: event.getSender(),
    state_key: event.getStateKey(),
    content: event.getWireContent(),
    origin_server_ts: event.getTs()
  });
}
function rustEncryptionInfoToJsEncryptionInfo(logger, encryptionInfo) {
  if (encryptionInfo === void 0) {
    return null;
  }
  const shieldState = encryptionInfo.shieldState(false);
  let shieldColour;
  switch (shieldState.color) {
    case ShieldColor.Grey:
      shieldColour = EventShieldColour.GREY;
      break;
    case ShieldColor.None:
      shieldColour = EventShieldColour.NONE;
      break;
    default:
      shieldColour = EventShieldColour.RED;
  }
  let shieldReason;
  switch (shieldState.code) {
    case void 0:
    case null:
      shieldReason = null;
      break;
    case ShieldStateCode.AuthenticityNotGuaranteed:
      shieldReason = EventShieldReason.AUTHENTICITY_NOT_GUARANTEED;
      break;
    case ShieldStateCode.UnknownDevice:
      shieldReason = EventShieldReason.UNKNOWN_DEVICE;
      break;
    case ShieldStateCode.UnsignedDevice:
      shieldReason = EventShieldReason.UNSIGNED_DEVICE;
      break;
    case ShieldStateCode.UnverifiedIdentity:
      shieldReason = EventShieldReason.UNVERIFIED_IDENTITY;
      break;
    case ShieldStateCode.VerificationViolation:
      shieldReason = EventShieldReason.VERIFICATION_VIOLATION;
      break;
    case ShieldStateCode.MismatchedSender:
      shieldReason = EventShieldReason.MISMATCHED_SENDER;
      break;
    default:
      shieldReason = EventShieldReason.UNKNOWN;
      break;
  }
  return {
    shieldColour,
    shieldReason
  };
}
function isRoomKeyBundleMessage(message) {
  return (message.type === "io.element.msc4268.room_key_bundle" || message.type === "m.room_key_bundle") && typeof message.content.room_id === "string";
}

// node_modules/matrix-js-sdk/lib/rust-crypto/libolm_migration.js
async function migrateFromLegacyCrypto(args) {
  const {
    logger,
    legacyStore
  } = args;
  await initAsync();
  if (!await legacyStore.containsData()) {
    return;
  }
  await legacyStore.startup();
  let accountPickle = null;
  await legacyStore.doTxn("readonly", [IndexedDBCryptoStore.STORE_ACCOUNT], (txn) => {
    legacyStore.getAccount(txn, (acctPickle) => {
      accountPickle = acctPickle;
    });
  });
  if (!accountPickle) {
    logger.debug("Legacy crypto store is not set up (no account found). Not migrating.");
    return;
  }
  let migrationState = await legacyStore.getMigrationState();
  if (migrationState >= MigrationState.MEGOLM_SESSIONS_MIGRATED) {
    return;
  }
  const nOlmSessions = await countOlmSessions(logger, legacyStore);
  const nMegolmSessions = await countMegolmSessions(logger, legacyStore);
  const totalSteps = 1 + nOlmSessions + nMegolmSessions;
  logger.info(`Migrating data from legacy crypto store. ${nOlmSessions} olm sessions and ${nMegolmSessions} megolm sessions to migrate.`);
  let stepsDone = 0;
  function onProgress(steps) {
    stepsDone += steps;
    args.legacyMigrationProgressListener?.(stepsDone, totalSteps);
  }
  onProgress(0);
  const pickleKey = new TextEncoder().encode(args.legacyPickleKey).slice();
  if (migrationState === MigrationState.NOT_STARTED) {
    logger.info("Migrating data from legacy crypto store. Step 1: base data");
    await migrateBaseData(args.http, args.userId, args.deviceId, legacyStore, pickleKey, args.storeHandle, logger);
    migrationState = MigrationState.INITIAL_DATA_MIGRATED;
    await legacyStore.setMigrationState(migrationState);
  }
  onProgress(1);
  if (migrationState === MigrationState.INITIAL_DATA_MIGRATED) {
    logger.info(`Migrating data from legacy crypto store. Step 2: olm sessions (${nOlmSessions} sessions to migrate).`);
    await migrateOlmSessions(logger, legacyStore, pickleKey, args.storeHandle, onProgress);
    migrationState = MigrationState.OLM_SESSIONS_MIGRATED;
    await legacyStore.setMigrationState(migrationState);
  }
  if (migrationState === MigrationState.OLM_SESSIONS_MIGRATED) {
    logger.info(`Migrating data from legacy crypto store. Step 3: megolm sessions (${nMegolmSessions} sessions to migrate).`);
    await migrateMegolmSessions(logger, legacyStore, pickleKey, args.storeHandle, onProgress);
    migrationState = MigrationState.MEGOLM_SESSIONS_MIGRATED;
    await legacyStore.setMigrationState(migrationState);
  }
  args.legacyMigrationProgressListener?.(-1, -1);
  logger.info("Migration from legacy crypto store complete");
}
async function migrateBaseData(http, userId, deviceId, legacyStore, pickleKey, storeHandle, logger) {
  const migrationData = new BaseMigrationData();
  migrationData.userId = new UserId(userId);
  migrationData.deviceId = new DeviceId(deviceId);
  await legacyStore.doTxn("readonly", [IndexedDBCryptoStore.STORE_ACCOUNT], (txn) => legacyStore.getAccount(txn, (a) => {
    migrationData.pickledAccount = a ?? "";
  }));
  const recoveryKey = await getAndDecryptCachedSecretKey(legacyStore, pickleKey, "m.megolm_backup.v1");
  if (recoveryKey) {
    let backupCallDone = false;
    let backupInfo = null;
    while (!backupCallDone) {
      try {
        backupInfo = await requestKeyBackupVersion(http);
        backupCallDone = true;
      } catch (e) {
        logger.info("Failed to get backup version during migration, retrying in 2 seconds", e);
        await sleep(2e3);
      }
    }
    if (backupInfo && backupInfo.algorithm == "m.megolm_backup.v1.curve25519-aes-sha2") {
      try {
        const decryptionKey = BackupDecryptionKey.fromBase64(recoveryKey);
        const publicKey = backupInfo.auth_data?.public_key;
        const isValid = decryptionKey.megolmV1PublicKey.publicKeyBase64 == publicKey;
        if (isValid) {
          migrationData.backupVersion = backupInfo.version;
          migrationData.backupRecoveryKey = recoveryKey;
        } else {
          logger.debug("The backup key to migrate does not match the active backup version", `Cached pub key: ${decryptionKey.megolmV1PublicKey.publicKeyBase64}`, `Active pub key: ${publicKey}`);
        }
      } catch (e) {
        logger.warn("Failed to check if the backup key to migrate matches the active backup version", e);
      }
    }
  }
  migrationData.privateCrossSigningMasterKey = await getAndDecryptCachedSecretKey(legacyStore, pickleKey, "master");
  migrationData.privateCrossSigningSelfSigningKey = await getAndDecryptCachedSecretKey(legacyStore, pickleKey, "self_signing");
  migrationData.privateCrossSigningUserSigningKey = await getAndDecryptCachedSecretKey(legacyStore, pickleKey, "user_signing");
  await Migration.migrateBaseData(migrationData, pickleKey, storeHandle, logger);
}
async function countOlmSessions(logger, legacyStore) {
  logger.debug("Counting olm sessions to be migrated");
  let nSessions;
  await legacyStore.doTxn("readonly", [IndexedDBCryptoStore.STORE_SESSIONS], (txn) => legacyStore.countEndToEndSessions(txn, (n) => nSessions = n));
  return nSessions;
}
async function countMegolmSessions(logger, legacyStore) {
  logger.debug("Counting megolm sessions to be migrated");
  return await legacyStore.countEndToEndInboundGroupSessions();
}
async function migrateOlmSessions(logger, legacyStore, pickleKey, storeHandle, onBatchDone) {
  while (true) {
    const batch = await legacyStore.getEndToEndSessionsBatch();
    if (batch === null) return;
    logger.debug(`Migrating batch of ${batch.length} olm sessions`);
    const migrationData = [];
    for (const session of batch) {
      const pickledSession = new PickledSession();
      pickledSession.senderKey = session.deviceKey;
      pickledSession.pickle = session.session;
      pickledSession.lastUseTime = pickledSession.creationTime = new Date(session.lastReceivedMessageTs);
      migrationData.push(pickledSession);
    }
    await Migration.migrateOlmSessions(migrationData, pickleKey, storeHandle, logger);
    await legacyStore.deleteEndToEndSessionsBatch(batch);
    onBatchDone(batch.length);
  }
}
async function migrateMegolmSessions(logger, legacyStore, pickleKey, storeHandle, onBatchDone) {
  while (true) {
    const batch = await legacyStore.getEndToEndInboundGroupSessionsBatch();
    if (batch === null) return;
    logger.debug(`Migrating batch of ${batch.length} megolm sessions`);
    const migrationData = [];
    for (const session of batch) {
      const sessionData = session.sessionData;
      const pickledSession = new PickledInboundGroupSession();
      pickledSession.pickle = sessionData.session;
      pickledSession.roomId = new RoomId(sessionData.room_id);
      pickledSession.senderKey = session.senderKey;
      pickledSession.senderSigningKey = sessionData.keysClaimed?.["ed25519"];
      pickledSession.backedUp = !session.needsBackup;
      pickledSession.imported = sessionData.untrusted === true;
      migrationData.push(pickledSession);
    }
    await Migration.migrateMegolmSessions(migrationData, pickleKey, storeHandle, logger);
    await legacyStore.deleteEndToEndInboundGroupSessionsBatch(batch);
    onBatchDone(batch.length);
  }
}
async function migrateRoomSettingsFromLegacyCrypto({
  logger,
  legacyStore,
  olmMachine
}) {
  if (!await legacyStore.containsData()) {
    return;
  }
  const migrationState = await legacyStore.getMigrationState();
  if (migrationState >= MigrationState.ROOM_SETTINGS_MIGRATED) {
    return;
  }
  let rooms = {};
  await legacyStore.doTxn("readwrite", [IndexedDBCryptoStore.STORE_ROOMS], (txn) => {
    legacyStore.getEndToEndRooms(txn, (result) => {
      rooms = result;
    });
  });
  logger.debug(`Migrating ${Object.keys(rooms).length} sets of room settings`);
  for (const [roomId, legacySettings] of Object.entries(rooms)) {
    try {
      const rustSettings = new RoomSettings();
      if (legacySettings.algorithm !== "m.megolm.v1.aes-sha2") {
        logger.warn(`Room ${roomId}: ignoring room with invalid algorithm ${legacySettings.algorithm}`);
        continue;
      }
      rustSettings.algorithm = EncryptionAlgorithm.MegolmV1AesSha2;
      rustSettings.sessionRotationPeriodMs = legacySettings.rotation_period_ms;
      rustSettings.sessionRotationPeriodMessages = legacySettings.rotation_period_msgs;
      await olmMachine.setRoomSettings(new RoomId(roomId), rustSettings);
    } catch (e) {
      logger.warn(`Room ${roomId}: ignoring settings ${JSON.stringify(legacySettings)} which caused error ${e}`);
    }
  }
  logger.debug(`Completed room settings migration`);
  await legacyStore.setMigrationState(MigrationState.ROOM_SETTINGS_MIGRATED);
}
async function getAndDecryptCachedSecretKey(legacyStore, legacyPickleKey, name) {
  const key = await new Promise((resolve) => {
    legacyStore.doTxn("readonly", [IndexedDBCryptoStore.STORE_ACCOUNT], (txn) => {
      legacyStore.getSecretStorePrivateKey(txn, resolve, name);
    });
  });
  if (key && key.ciphertext && key.iv && key.mac) {
    return await decryptAESSecretStorageItem(key, legacyPickleKey, name);
  } else if (key instanceof Uint8Array) {
    return encodeBase64(key);
  } else {
    return void 0;
  }
}
async function migrateLegacyLocalTrustIfNeeded(args) {
  const {
    legacyCryptoStore,
    rustCrypto,
    logger
  } = args;
  const rustOwnIdentity = await rustCrypto.getOwnIdentity();
  if (!rustOwnIdentity) {
    return;
  }
  if (rustOwnIdentity.isVerified()) {
    return;
  }
  const legacyLocallyTrustedMSK = await getLegacyTrustedPublicMasterKeyBase64(legacyCryptoStore);
  if (!legacyLocallyTrustedMSK) {
    return;
  }
  const mskInfo = JSON.parse(rustOwnIdentity.masterKey);
  if (!mskInfo.keys || Object.keys(mskInfo.keys).length === 0) {
    logger.error("Post Migration | Unexpected error: no master key in the rust session.");
    return;
  }
  const rustSeenMSK = Object.values(mskInfo.keys)[0];
  if (rustSeenMSK && rustSeenMSK == legacyLocallyTrustedMSK) {
    logger.info(`Post Migration: Migrating legacy trusted MSK: ${legacyLocallyTrustedMSK} to locally verified.`);
    await rustOwnIdentity.verify();
  }
}
async function getLegacyTrustedPublicMasterKeyBase64(legacyStore) {
  let maybeTrustedKeys = null;
  await legacyStore.doTxn("readonly", "account", (txn) => {
    legacyStore.getCrossSigningKeys(txn, (keys) => {
      const msk = keys?.master;
      if (msk && Object.keys(msk.keys).length != 0) {
        maybeTrustedKeys = Object.values(msk.keys)[0];
      }
    });
  });
  return maybeTrustedKeys;
}

// node_modules/matrix-js-sdk/lib/rust-crypto/index.js
async function initRustCrypto(args) {
  const {
    logger
  } = args;
  logger.debug("Initialising Rust crypto-sdk WASM artifact");
  await initAsync();
  logger.debug("Opening Rust CryptoStore");
  let storeHandle;
  if (args.storePrefix) {
    if (args.storeKey) {
      storeHandle = await StoreHandle.openWithKey(args.storePrefix, args.storeKey, logger);
    } else {
      storeHandle = await StoreHandle.open(args.storePrefix, args.storePassphrase, logger);
    }
  } else {
    storeHandle = await StoreHandle.open(null, null, logger);
  }
  if (args.legacyCryptoStore) {
    await migrateFromLegacyCrypto((0, import_objectSpread23.default)({
      legacyStore: args.legacyCryptoStore,
      storeHandle
    }, args));
  }
  const rustCrypto = await initOlmMachine(args, storeHandle);
  storeHandle.free();
  logger.debug("Completed rust crypto-sdk setup");
  return rustCrypto;
}
async function initOlmMachine({
  logger,
  http,
  userId,
  deviceId,
  secretStorage,
  cryptoCallbacks,
  legacyCryptoStore,
  enableEncryptedStateEvents,
  caCertsPem,
  x509Signer,
  x509Validity
}, storeHandle) {
  logger.debug("Init OlmMachine");
  const olmMachine = await OlmMachine.initFromStore(new UserId(userId), new DeviceId(deviceId), storeHandle, logger, caCertsPem, x509Signer, x509Validity);
  if (legacyCryptoStore) {
    await migrateRoomSettingsFromLegacyCrypto({
      logger,
      legacyStore: legacyCryptoStore,
      olmMachine
    });
  }
  olmMachine.roomKeyRequestsEnabled = false;
  const rustCrypto = new RustCrypto(logger, olmMachine, http, userId, deviceId, secretStorage, cryptoCallbacks, enableEncryptedStateEvents);
  olmMachine.registerRoomKeyUpdatedCallback((sessions) => rustCrypto.onRoomKeysUpdated(sessions));
  olmMachine.registerRoomKeysWithheldCallback((withheld) => rustCrypto.onRoomKeysWithheld(withheld));
  olmMachine.registerUserIdentityUpdatedCallback((userId2) => rustCrypto.onUserIdentityUpdated(userId2));
  olmMachine.registerDevicesUpdatedCallback((userIds) => rustCrypto.onDevicesUpdated(userIds));
  void rustCrypto.checkSecrets("m.megolm_backup.v1");
  olmMachine.registerReceiveSecretCallback((name, _value) => (
    // Instead of directly checking the secret value, we poll the inbox to get all values for that secret type.
    // Once we have all the values, we can safely clear the secret inbox.
    rustCrypto.checkSecrets(name)
  ));
  await olmMachine.outgoingRequests();
  if (legacyCryptoStore && await legacyCryptoStore.containsData()) {
    const migrationState = await legacyCryptoStore.getMigrationState();
    if (migrationState < MigrationState.INITIAL_OWN_KEY_QUERY_DONE) {
      logger.debug(`Performing initial key query after migration`);
      let initialKeyQueryDone = false;
      while (!initialKeyQueryDone) {
        try {
          await rustCrypto.userHasCrossSigningKeys(userId);
          initialKeyQueryDone = true;
        } catch (e) {
          logger.error("Failed to check for cross-signing keys after migration, retrying", e);
        }
      }
      await migrateLegacyLocalTrustIfNeeded({
        legacyCryptoStore,
        rustCrypto,
        logger
      });
      await legacyCryptoStore.setMigrationState(MigrationState.INITIAL_OWN_KEY_QUERY_DONE);
    }
  }
  for (const pendingDetails of await olmMachine.getAllRoomsPendingKeyBundles()) {
    const roomId = pendingDetails.roomId.toString();
    if (Date.now() - pendingDetails.inviteAcceptedAtMillis <= MAX_INVITE_ACCEPTANCE_MS_FOR_KEY_BUNDLE) {
      logger.info(`Checking for pending key bundle for recently-joined room ${roomId} (joined ${new Date(pendingDetails.inviteAcceptedAtMillis).toISOString()})`);
      await rustCrypto.maybeAcceptKeyBundle(roomId, pendingDetails.inviterId.toString());
    } else {
      logger.info(`Clearing pending-key-bundle flag for room ${roomId} (too old: joined ${new Date(pendingDetails.inviteAcceptedAtMillis).toISOString()})`);
      await olmMachine.clearRoomPendingKeyBundle(new RoomId(roomId));
    }
  }
  return rustCrypto;
}
export {
  initRustCrypto
};
