/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: bfb8c55f0bde92e232e1a210468def617eaae3a2 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_requestClass, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, className, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_uploadTmpDir, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dir, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_sessionName, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_enableCache, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_input, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_decode, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_encode, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, response, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Workerman_Protocols_Http, requestClass);
ZEND_METHOD(Workerman_Protocols_Http, uploadTmpDir);
ZEND_METHOD(Workerman_Protocols_Http, sessionName);
ZEND_METHOD(Workerman_Protocols_Http, enableCache);
ZEND_METHOD(Workerman_Protocols_Http, input);
ZEND_METHOD(Workerman_Protocols_Http, decode);
ZEND_METHOD(Workerman_Protocols_Http, encode);


static const zend_function_entry class_Workerman_Protocols_Http_methods[] = {
	ZEND_ME(Workerman_Protocols_Http, requestClass, arginfo_class_Workerman_Protocols_Http_requestClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, uploadTmpDir, arginfo_class_Workerman_Protocols_Http_uploadTmpDir, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionName, arginfo_class_Workerman_Protocols_Http_sessionName, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, enableCache, arginfo_class_Workerman_Protocols_Http_enableCache, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, input, arginfo_class_Workerman_Protocols_Http_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, decode, arginfo_class_Workerman_Protocols_Http_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, encode, arginfo_class_Workerman_Protocols_Http_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Http(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Http", class_Workerman_Protocols_Http_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
#if WM_API == 5

	zval const_HTTP_400_value;
	zend_string *const_HTTP_400_value_str = zend_string_init(WM_HTTP_REJECT_400, strlen(WM_HTTP_REJECT_400), 1);
	ZVAL_STR(&const_HTTP_400_value, const_HTTP_400_value_str);
	zend_string *const_HTTP_400_name = zend_string_init_interned("HTTP_400", sizeof("HTTP_400") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HTTP_400_name, &const_HTTP_400_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(const_HTTP_400_name);
#endif
#if WM_API == 5

	zval const_HTTP_413_value;
	zend_string *const_HTTP_413_value_str = zend_string_init(WM_HTTP_REJECT_413, strlen(WM_HTTP_REJECT_413), 1);
	ZVAL_STR(&const_HTTP_413_value, const_HTTP_413_value_str);
	zend_string *const_HTTP_413_name = zend_string_init_interned("HTTP_413", sizeof("HTTP_413") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HTTP_413_name, &const_HTTP_413_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(const_HTTP_413_name);
#endif
#if WM_API == 5

	zval const_HTTP_431_value;
	zend_string *const_HTTP_431_value_str = zend_string_init(WM_HTTP_REJECT_431, strlen(WM_HTTP_REJECT_431), 1);
	ZVAL_STR(&const_HTTP_431_value, const_HTTP_431_value_str);
	zend_string *const_HTTP_431_name = zend_string_init_interned("HTTP_431", sizeof("HTTP_431") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HTTP_431_name, &const_HTTP_431_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(const_HTTP_431_name);
#endif
#if WM_API == 5

	zval const_MAX_HEADER_LENGTH_value;
	ZVAL_LONG(&const_MAX_HEADER_LENGTH_value, WM_HTTP_MAX_HEAD);
	zend_string *const_MAX_HEADER_LENGTH_name = zend_string_init_interned("MAX_HEADER_LENGTH", sizeof("MAX_HEADER_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_HEADER_LENGTH_name, &const_MAX_HEADER_LENGTH_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(const_MAX_HEADER_LENGTH_name);
#endif

	zval property_headerTimeout_default_value;
	ZVAL_LONG(&property_headerTimeout_default_value, 60);
	zend_string *property_headerTimeout_name = zend_string_init("headerTimeout", sizeof("headerTimeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_headerTimeout_name, &property_headerTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_headerTimeout_name);

	zval property_keepAliveTimeout_default_value;
	ZVAL_LONG(&property_keepAliveTimeout_default_value, 120);
	zend_string *property_keepAliveTimeout_name = zend_string_init("keepAliveTimeout", sizeof("keepAliveTimeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_keepAliveTimeout_name, &property_keepAliveTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_keepAliveTimeout_name);

	return class_entry;
}
