/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2fe0adafd52dbfa06c730b74f2c173f720dcdf3c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_init, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Response_initMimeTypeMap arginfo_class_Workerman_Protocols_Http_Response_init

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, status, IS_MIXED, 0, "200")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_MIXED, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_MIXED, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_header, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Response_withHeader arginfo_class_Workerman_Protocols_Http_Response_header

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_withHeaders, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, headers, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_withoutHeader, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Response_getHeader arginfo_class_Workerman_Protocols_Http_Response_withoutHeader

#define arginfo_class_Workerman_Protocols_Http_Response_getHeaders arginfo_class_Workerman_Protocols_Http_Response_init

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_withStatus, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, code, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reasonPhrase, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_withStatus, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, code, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason_phrase, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_Workerman_Protocols_Http_Response_getStatusCode arginfo_class_Workerman_Protocols_Http_Response_init

#define arginfo_class_Workerman_Protocols_Http_Response_getReasonPhrase arginfo_class_Workerman_Protocols_Http_Response_init

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_withProtocolVersion, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, version, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_withBody, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, body, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Response_rawBody arginfo_class_Workerman_Protocols_Http_Response_init

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_withFile, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, file, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_MIXED, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_MIXED, 0, "0")
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_cookie, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAge, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, path, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, secure, IS_MIXED, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, httpOnly, IS_MIXED, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sameSite, IS_MIXED, 0, "\'\'")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_cookie, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, max_age, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, path, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, secure, IS_MIXED, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, http_only, IS_MIXED, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, same_site, IS_MIXED, 0, "\'\'")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_createHeadForFile, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, fileInfo, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_createHeadForFile, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, file_info, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Response_getMimeType, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ext, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Chunk___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Chunk___toString arginfo_class_Workerman_Protocols_Http_Response___toString

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_ServerSentEvents___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_ServerSentEvents___toString arginfo_class_Workerman_Protocols_Http_Response___toString


ZEND_METHOD(Workerman_Protocols_Http_Response, init);
ZEND_METHOD(Workerman_Protocols_Http_Response, initMimeTypeMap);
ZEND_METHOD(Workerman_Protocols_Http_Response, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Response, header);
ZEND_METHOD(Workerman_Protocols_Http_Response, withHeader);
ZEND_METHOD(Workerman_Protocols_Http_Response, withHeaders);
ZEND_METHOD(Workerman_Protocols_Http_Response, withoutHeader);
ZEND_METHOD(Workerman_Protocols_Http_Response, getHeader);
ZEND_METHOD(Workerman_Protocols_Http_Response, getHeaders);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Response, withStatus);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Response, withStatus);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Response, getStatusCode);
ZEND_METHOD(Workerman_Protocols_Http_Response, getReasonPhrase);
ZEND_METHOD(Workerman_Protocols_Http_Response, withProtocolVersion);
ZEND_METHOD(Workerman_Protocols_Http_Response, withBody);
ZEND_METHOD(Workerman_Protocols_Http_Response, rawBody);
ZEND_METHOD(Workerman_Protocols_Http_Response, withFile);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Response, cookie);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Response, cookie);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Response, createHeadForFile);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Response, createHeadForFile);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Response, __toString);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Response, getMimeType);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Chunk, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Chunk, __toString);
ZEND_METHOD(Workerman_Protocols_Http_ServerSentEvents, __construct);
ZEND_METHOD(Workerman_Protocols_Http_ServerSentEvents, __toString);


static const zend_function_entry class_Workerman_Protocols_Http_Response_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Response, init, arginfo_class_Workerman_Protocols_Http_Response_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Response, initMimeTypeMap, arginfo_class_Workerman_Protocols_Http_Response_initMimeTypeMap, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Response, __construct, arginfo_class_Workerman_Protocols_Http_Response___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, header, arginfo_class_Workerman_Protocols_Http_Response_header, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, withHeader, arginfo_class_Workerman_Protocols_Http_Response_withHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, withHeaders, arginfo_class_Workerman_Protocols_Http_Response_withHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, withoutHeader, arginfo_class_Workerman_Protocols_Http_Response_withoutHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, getHeader, arginfo_class_Workerman_Protocols_Http_Response_getHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, getHeaders, arginfo_class_Workerman_Protocols_Http_Response_getHeaders, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Response, withStatus, arginfo_class_Workerman_Protocols_Http_Response_withStatus, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Response, withStatus, arginfo_class_Workerman_Protocols_Http_Response_withStatus, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Response, getStatusCode, arginfo_class_Workerman_Protocols_Http_Response_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, getReasonPhrase, arginfo_class_Workerman_Protocols_Http_Response_getReasonPhrase, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, withProtocolVersion, arginfo_class_Workerman_Protocols_Http_Response_withProtocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, withBody, arginfo_class_Workerman_Protocols_Http_Response_withBody, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, rawBody, arginfo_class_Workerman_Protocols_Http_Response_rawBody, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Response, withFile, arginfo_class_Workerman_Protocols_Http_Response_withFile, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Response, cookie, arginfo_class_Workerman_Protocols_Http_Response_cookie, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Response, cookie, arginfo_class_Workerman_Protocols_Http_Response_cookie, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Response, createHeadForFile, arginfo_class_Workerman_Protocols_Http_Response_createHeadForFile, ZEND_ACC_PROTECTED)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Response, createHeadForFile, arginfo_class_Workerman_Protocols_Http_Response_createHeadForFile, ZEND_ACC_PROTECTED)
#endif
	ZEND_ME(Workerman_Protocols_Http_Response, __toString, arginfo_class_Workerman_Protocols_Http_Response___toString, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Response, getMimeType, arginfo_class_Workerman_Protocols_Http_Response_getMimeType, ZEND_ACC_PUBLIC)
#endif
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Chunk_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Chunk, __construct, arginfo_class_Workerman_Protocols_Http_Chunk___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Chunk, __toString, arginfo_class_Workerman_Protocols_Http_Chunk___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_ServerSentEvents_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_ServerSentEvents, __construct, arginfo_class_Workerman_Protocols_Http_ServerSentEvents___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_ServerSentEvents, __toString, arginfo_class_Workerman_Protocols_Http_ServerSentEvents___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Http_Response(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "Response", class_Workerman_Protocols_Http_Response_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	zval property__header_default_value;
	ZVAL_NULL(&property__header_default_value);
	zend_string *property__header_name = zend_string_init("_header", sizeof("_header") - 1, 1);
	zend_declare_property_ex(class_entry, property__header_name, &property__header_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__header_name);

	zval property__status_default_value;
	ZVAL_NULL(&property__status_default_value);
	zend_string *property__status_name = zend_string_init("_status", sizeof("_status") - 1, 1);
	zend_declare_property_ex(class_entry, property__status_name, &property__status_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__status_name);

	zval property__reason_default_value;
	ZVAL_NULL(&property__reason_default_value);
	zend_string *property__reason_name = zend_string_init("_reason", sizeof("_reason") - 1, 1);
	zend_declare_property_ex(class_entry, property__reason_name, &property__reason_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__reason_name);

	zval property__version_default_value;
	zend_string *property__version_default_value_str = zend_string_init("1.1", strlen("1.1"), 1);
	ZVAL_STR(&property__version_default_value, property__version_default_value_str);
	zend_string *property__version_name = zend_string_init("_version", sizeof("_version") - 1, 1);
	zend_declare_property_ex(class_entry, property__version_name, &property__version_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__version_name);

	zval property__body_default_value;
	ZVAL_NULL(&property__body_default_value);
	zend_string *property__body_name = zend_string_init("_body", sizeof("_body") - 1, 1);
	zend_declare_property_ex(class_entry, property__body_name, &property__body_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__body_name);

	zval property_file_default_value;
	ZVAL_NULL(&property_file_default_value);
	zend_string *property_file_name = zend_string_init("file", sizeof("file") - 1, 1);
	zend_declare_property_ex(class_entry, property_file_name, &property_file_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_file_name);

	zval property__mimeTypeMap_default_value;
	ZVAL_NULL(&property__mimeTypeMap_default_value);
	zend_string *property__mimeTypeMap_name = zend_string_init("_mimeTypeMap", sizeof("_mimeTypeMap") - 1, 1);
	zend_declare_property_ex(class_entry, property__mimeTypeMap_name, &property__mimeTypeMap_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__mimeTypeMap_name);

	zval property__phrases_default_value;
	ZVAL_EMPTY_ARRAY(&property__phrases_default_value);
	zend_string *property__phrases_name = zend_string_init("_phrases", sizeof("_phrases") - 1, 1);
	zend_declare_property_ex(class_entry, property__phrases_name, &property__phrases_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__phrases_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Chunk(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "Chunk", class_Workerman_Protocols_Http_Chunk_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	zval property__buffer_default_value;
	ZVAL_NULL(&property__buffer_default_value);
	zend_string *property__buffer_name = zend_string_init("_buffer", sizeof("_buffer") - 1, 1);
	zend_declare_property_ex(class_entry, property__buffer_name, &property__buffer_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__buffer_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_ServerSentEvents(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "ServerSentEvents", class_Workerman_Protocols_Http_ServerSentEvents_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	zval property__data_default_value;
	ZVAL_NULL(&property__data_default_value);
	zend_string *property__data_name = zend_string_init("_data", sizeof("_data") - 1, 1);
	zend_declare_property_ex(class_entry, property__data_name, &property__data_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__data_name);

	return class_entry;
}
