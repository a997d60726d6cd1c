/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: aa5b628d47b2b582386c970dd251de2c68f7d092 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_get, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_post arginfo_class_Workerman_Protocols_Http_Request_get

#define arginfo_class_Workerman_Protocols_Http_Request_header arginfo_class_Workerman_Protocols_Http_Request_get

#define arginfo_class_Workerman_Protocols_Http_Request_cookie arginfo_class_Workerman_Protocols_Http_Request_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_file, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_method, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_protocolVersion arginfo_class_Workerman_Protocols_Http_Request_method

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_host, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, withoutPort, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_host, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, without_port, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_Workerman_Protocols_Http_Request_uri arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_path arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_queryString arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_session arginfo_class_Workerman_Protocols_Http_Request_method

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_sessionId, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sessionId, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_sessionId, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, session_id, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_sessionRegenerateId, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, deleteOldSession, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_rawHead arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_rawBody arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_rawBuffer arginfo_class_Workerman_Protocols_Http_Request_method

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_enableCache, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_createSessionId, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_createSessionId, 0, 0, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___set, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___get, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request___isset arginfo_class_Workerman_Protocols_Http_Request___get

#define arginfo_class_Workerman_Protocols_Http_Request___unset arginfo_class_Workerman_Protocols_Http_Request___get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request___destruct arginfo_class_Workerman_Protocols_Http_Request_method

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_setChunkTrailers, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, trailers, IS_ARRAY, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_trailer, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_isValidSessionId, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_destroy, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_setSidCookie, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, sessionName, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, sid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, cookieParams, IS_ARRAY, 0)
ZEND_END_ARG_INFO()
#endif


ZEND_METHOD(Workerman_Protocols_Http_Request, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Request, get);
ZEND_METHOD(Workerman_Protocols_Http_Request, post);
ZEND_METHOD(Workerman_Protocols_Http_Request, header);
ZEND_METHOD(Workerman_Protocols_Http_Request, cookie);
ZEND_METHOD(Workerman_Protocols_Http_Request, file);
ZEND_METHOD(Workerman_Protocols_Http_Request, method);
ZEND_METHOD(Workerman_Protocols_Http_Request, protocolVersion);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, host);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Request, host);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Request, uri);
ZEND_METHOD(Workerman_Protocols_Http_Request, path);
ZEND_METHOD(Workerman_Protocols_Http_Request, queryString);
ZEND_METHOD(Workerman_Protocols_Http_Request, session);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, sessionId);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Request, sessionId);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Request, sessionRegenerateId);
ZEND_METHOD(Workerman_Protocols_Http_Request, rawHead);
ZEND_METHOD(Workerman_Protocols_Http_Request, rawBody);
ZEND_METHOD(Workerman_Protocols_Http_Request, rawBuffer);
ZEND_METHOD(Workerman_Protocols_Http_Request, enableCache);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, createSessionId);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Request, createSessionId);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Request, __set);
ZEND_METHOD(Workerman_Protocols_Http_Request, __get);
ZEND_METHOD(Workerman_Protocols_Http_Request, __isset);
ZEND_METHOD(Workerman_Protocols_Http_Request, __unset);
ZEND_METHOD(Workerman_Protocols_Http_Request, __toString);
ZEND_METHOD(Workerman_Protocols_Http_Request, __destruct);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, setChunkTrailers);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, trailer);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, isValidSessionId);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, destroy);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Request, setSidCookie);
#endif


static const zend_function_entry class_Workerman_Protocols_Http_Request_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Request, __construct, arginfo_class_Workerman_Protocols_Http_Request___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, get, arginfo_class_Workerman_Protocols_Http_Request_get, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, post, arginfo_class_Workerman_Protocols_Http_Request_post, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, header, arginfo_class_Workerman_Protocols_Http_Request_header, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, cookie, arginfo_class_Workerman_Protocols_Http_Request_cookie, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, file, arginfo_class_Workerman_Protocols_Http_Request_file, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, method, arginfo_class_Workerman_Protocols_Http_Request_method, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, protocolVersion, arginfo_class_Workerman_Protocols_Http_Request_protocolVersion, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, host, arginfo_class_Workerman_Protocols_Http_Request_host, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Request, host, arginfo_class_Workerman_Protocols_Http_Request_host, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Request, uri, arginfo_class_Workerman_Protocols_Http_Request_uri, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, path, arginfo_class_Workerman_Protocols_Http_Request_path, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, queryString, arginfo_class_Workerman_Protocols_Http_Request_queryString, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, session, arginfo_class_Workerman_Protocols_Http_Request_session, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, sessionId, arginfo_class_Workerman_Protocols_Http_Request_sessionId, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Request, sessionId, arginfo_class_Workerman_Protocols_Http_Request_sessionId, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Request, sessionRegenerateId, arginfo_class_Workerman_Protocols_Http_Request_sessionRegenerateId, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, rawHead, arginfo_class_Workerman_Protocols_Http_Request_rawHead, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, rawBody, arginfo_class_Workerman_Protocols_Http_Request_rawBody, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, rawBuffer, arginfo_class_Workerman_Protocols_Http_Request_rawBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, enableCache, arginfo_class_Workerman_Protocols_Http_Request_enableCache, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, createSessionId, arginfo_class_Workerman_Protocols_Http_Request_createSessionId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Request, createSessionId, arginfo_class_Workerman_Protocols_Http_Request_createSessionId, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Request, __set, arginfo_class_Workerman_Protocols_Http_Request___set, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __get, arginfo_class_Workerman_Protocols_Http_Request___get, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __isset, arginfo_class_Workerman_Protocols_Http_Request___isset, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __unset, arginfo_class_Workerman_Protocols_Http_Request___unset, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __toString, arginfo_class_Workerman_Protocols_Http_Request___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __destruct, arginfo_class_Workerman_Protocols_Http_Request___destruct, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, setChunkTrailers, arginfo_class_Workerman_Protocols_Http_Request_setChunkTrailers, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, trailer, arginfo_class_Workerman_Protocols_Http_Request_trailer, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, isValidSessionId, arginfo_class_Workerman_Protocols_Http_Request_isValidSessionId, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, destroy, arginfo_class_Workerman_Protocols_Http_Request_destroy, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Request, setSidCookie, arginfo_class_Workerman_Protocols_Http_Request_setSidCookie, ZEND_ACC_PROTECTED)
#endif
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Http_Request(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "Request", class_Workerman_Protocols_Http_Request_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#if WM_API == 5

	zval const_MAX_CACHE_STRING_LENGTH_value;
	ZVAL_LONG(&const_MAX_CACHE_STRING_LENGTH_value, 4096);
	zend_string *const_MAX_CACHE_STRING_LENGTH_name = zend_string_init_interned("MAX_CACHE_STRING_LENGTH", sizeof("MAX_CACHE_STRING_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_STRING_LENGTH_name, &const_MAX_CACHE_STRING_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_STRING_LENGTH_name);
#endif
#if WM_API == 5

	zval const_MAX_CACHE_SIZE_value;
	ZVAL_LONG(&const_MAX_CACHE_SIZE_value, 256);
	zend_string *const_MAX_CACHE_SIZE_name = zend_string_init_interned("MAX_CACHE_SIZE", sizeof("MAX_CACHE_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_SIZE_name, &const_MAX_CACHE_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_SIZE_name);
#endif

	zval property_connection_default_value;
	ZVAL_NULL(&property_connection_default_value);
	zend_string *property_connection_name = zend_string_init("connection", sizeof("connection") - 1, 1);
	zend_declare_property_ex(class_entry, property_connection_name, &property_connection_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_connection_name);

	zval property_session_default_value;
	ZVAL_NULL(&property_session_default_value);
	zend_string *property_session_name = zend_string_init("session", sizeof("session") - 1, 1);
	zend_declare_property_ex(class_entry, property_session_name, &property_session_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_session_name);

	zval property_properties_default_value;
	ZVAL_EMPTY_ARRAY(&property_properties_default_value);
	zend_string *property_properties_name = zend_string_init("properties", sizeof("properties") - 1, 1);
	zend_declare_property_ex(class_entry, property_properties_name, &property_properties_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_properties_name);

	zval property_maxFileUploads_default_value;
	ZVAL_LONG(&property_maxFileUploads_default_value, 1024);
	zend_string *property_maxFileUploads_name = zend_string_init("maxFileUploads", sizeof("maxFileUploads") - 1, 1);
	zend_declare_property_ex(class_entry, property_maxFileUploads_name, &property_maxFileUploads_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_maxFileUploads_name);

	zval property__buffer_default_value;
	ZVAL_NULL(&property__buffer_default_value);
	zend_string *property__buffer_name = zend_string_init("_buffer", sizeof("_buffer") - 1, 1);
	zend_declare_property_ex(class_entry, property__buffer_name, &property__buffer_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__buffer_name);

	zval property__data_default_value;
	ZVAL_NULL(&property__data_default_value);
	zend_string *property__data_name = zend_string_init("_data", sizeof("_data") - 1, 1);
	zend_declare_property_ex(class_entry, property__data_name, &property__data_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__data_name);

	zval property__enableCache_default_value;
	ZVAL_TRUE(&property__enableCache_default_value);
	zend_string *property__enableCache_name = zend_string_init("_enableCache", sizeof("_enableCache") - 1, 1);
	zend_declare_property_ex(class_entry, property__enableCache_name, &property__enableCache_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__enableCache_name);

	zval property_chunkTrailers_default_value;
	ZVAL_NULL(&property_chunkTrailers_default_value);
	zend_string *property_chunkTrailers_name = zend_string_init("chunkTrailers", sizeof("chunkTrailers") - 1, 1);
	zend_declare_property_ex(class_entry, property_chunkTrailers_name, &property_chunkTrailers_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_chunkTrailers_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Protocols_Http_Request = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Protocols_Http_Request, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Protocols_Http_Request);

	return class_entry;
}
