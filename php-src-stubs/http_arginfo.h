/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 572c25abc56d042e56b9f2ebe9c4606deabeb8fc */

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

	return class_entry;
}
