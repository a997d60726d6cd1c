/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 04f4278d9092f3b204b4254e702079bbe7cb1d68 */

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_error, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, exception, Throwable, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_send, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sendBuffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_send, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, send_buffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_close, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_ConnectionInterface_getRemotePort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getLocalIp arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getLocalPort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getLocalAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_isIpV4 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_isIpV6 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, eventLoop, Workerman\\Events\\EventInterface, 0)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, remoteAddress, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, remote_address, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Connection_TcpConnection_send arginfo_class_Workerman_Connection_ConnectionInterface_send
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Connection_TcpConnection_send arginfo_class_Workerman_Connection_ConnectionInterface_send
#endif

#define arginfo_class_Workerman_Connection_TcpConnection_close arginfo_class_Workerman_Connection_ConnectionInterface_close

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_end, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_Workerman_Connection_TcpConnection_destroy arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_pauseRecv arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_resumeRecv arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_pipe, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, dest, Workerman\\Connection\\TcpConnection, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_consumeRecvBuffer, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_getStatus, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, rawOutput, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_getStatus, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw_output, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_baseRead, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, checkEof, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_baseWrite, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Workerman_Connection_TcpConnection_doSslHandshake, 0, 1, MAY_BE_BOOL|MAY_BE_LONG)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_baseRead, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, check_eof, IS_MIXED, 0, "true")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_baseWrite, 0, 0, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_doSslHandshake, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_Workerman_Connection_TcpConnection_getSendBufferQueueSize arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getRecvBufferQueueSize arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_bufferIsEmpty arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getSocket arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getRemoteIp arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getRemotePort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getRemoteAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getLocalIp arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getLocalPort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getLocalAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_isIpV4 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_isIpV6 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_jsonSerialize, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()


#if WM_API == 5
ZEND_METHOD(Workerman_Connection_ConnectionInterface, error);
#endif
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_TcpConnection, __construct);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_TcpConnection, __construct);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_TcpConnection, send);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_TcpConnection, send);
#endif
ZEND_METHOD(Workerman_Connection_TcpConnection, close);
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_TcpConnection, end);
#endif
ZEND_METHOD(Workerman_Connection_TcpConnection, destroy);
ZEND_METHOD(Workerman_Connection_TcpConnection, pauseRecv);
ZEND_METHOD(Workerman_Connection_TcpConnection, resumeRecv);
ZEND_METHOD(Workerman_Connection_TcpConnection, pipe);
ZEND_METHOD(Workerman_Connection_TcpConnection, consumeRecvBuffer);
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_TcpConnection, baseRead);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_TcpConnection, baseWrite);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_TcpConnection, doSslHandshake);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_TcpConnection, baseRead);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_TcpConnection, baseWrite);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_TcpConnection, doSslHandshake);
#endif
ZEND_METHOD(Workerman_Connection_TcpConnection, getSendBufferQueueSize);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRecvBufferQueueSize);
ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsEmpty);
ZEND_METHOD(Workerman_Connection_TcpConnection, getSocket);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteIp);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemotePort);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteAddress);
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalIp);
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalPort);
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalAddress);
ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV4);
ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV6);
ZEND_METHOD(Workerman_Connection_TcpConnection, jsonSerialize);


static const zend_function_entry class_Workerman_Connection_ConnectionInterface_methods[] = {
#if WM_API == 5
	ZEND_ME(Workerman_Connection_ConnectionInterface, error, arginfo_class_Workerman_Connection_ConnectionInterface_error, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, send, arginfo_class_Workerman_Connection_ConnectionInterface_send, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, send, arginfo_class_Workerman_Connection_ConnectionInterface_send, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, close, arginfo_class_Workerman_Connection_ConnectionInterface_close, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getRemoteIp, arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getRemotePort, arginfo_class_Workerman_Connection_ConnectionInterface_getRemotePort, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getRemoteAddress, arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteAddress, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getLocalIp, arginfo_class_Workerman_Connection_ConnectionInterface_getLocalIp, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getLocalPort, arginfo_class_Workerman_Connection_ConnectionInterface_getLocalPort, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getLocalAddress, arginfo_class_Workerman_Connection_ConnectionInterface_getLocalAddress, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, isIpV4, arginfo_class_Workerman_Connection_ConnectionInterface_isIpV4, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, isIpV6, arginfo_class_Workerman_Connection_ConnectionInterface_isIpV6, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Connection_TcpConnection_methods[] = {
#if WM_API == 5
	ZEND_ME(Workerman_Connection_TcpConnection, __construct, arginfo_class_Workerman_Connection_TcpConnection___construct, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_TcpConnection, __construct, arginfo_class_Workerman_Connection_TcpConnection___construct, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Connection_TcpConnection, send, arginfo_class_Workerman_Connection_TcpConnection_send, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_TcpConnection, send, arginfo_class_Workerman_Connection_TcpConnection_send, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Connection_TcpConnection, close, arginfo_class_Workerman_Connection_TcpConnection_close, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Connection_TcpConnection, end, arginfo_class_Workerman_Connection_TcpConnection_end, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Connection_TcpConnection, destroy, arginfo_class_Workerman_Connection_TcpConnection_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, pauseRecv, arginfo_class_Workerman_Connection_TcpConnection_pauseRecv, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, resumeRecv, arginfo_class_Workerman_Connection_TcpConnection_resumeRecv, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, pipe, arginfo_class_Workerman_Connection_TcpConnection_pipe, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, consumeRecvBuffer, arginfo_class_Workerman_Connection_TcpConnection_consumeRecvBuffer, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Connection_TcpConnection, getStatus, arginfo_class_Workerman_Connection_TcpConnection_getStatus, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_TcpConnection, getStatus, arginfo_class_Workerman_Connection_TcpConnection_getStatus, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Connection_TcpConnection, baseRead, arginfo_class_Workerman_Connection_TcpConnection_baseRead, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Connection_TcpConnection, baseWrite, arginfo_class_Workerman_Connection_TcpConnection_baseWrite, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Connection_TcpConnection, doSslHandshake, arginfo_class_Workerman_Connection_TcpConnection_doSslHandshake, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_TcpConnection, baseRead, arginfo_class_Workerman_Connection_TcpConnection_baseRead, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_TcpConnection, baseWrite, arginfo_class_Workerman_Connection_TcpConnection_baseWrite, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_TcpConnection, doSslHandshake, arginfo_class_Workerman_Connection_TcpConnection_doSslHandshake, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Connection_TcpConnection, getSendBufferQueueSize, arginfo_class_Workerman_Connection_TcpConnection_getSendBufferQueueSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRecvBufferQueueSize, arginfo_class_Workerman_Connection_TcpConnection_getRecvBufferQueueSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, bufferIsEmpty, arginfo_class_Workerman_Connection_TcpConnection_bufferIsEmpty, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getSocket, arginfo_class_Workerman_Connection_TcpConnection_getSocket, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRemoteIp, arginfo_class_Workerman_Connection_TcpConnection_getRemoteIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRemotePort, arginfo_class_Workerman_Connection_TcpConnection_getRemotePort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRemoteAddress, arginfo_class_Workerman_Connection_TcpConnection_getRemoteAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getLocalIp, arginfo_class_Workerman_Connection_TcpConnection_getLocalIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getLocalPort, arginfo_class_Workerman_Connection_TcpConnection_getLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getLocalAddress, arginfo_class_Workerman_Connection_TcpConnection_getLocalAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, isIpV4, arginfo_class_Workerman_Connection_TcpConnection_isIpV4, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, isIpV6, arginfo_class_Workerman_Connection_TcpConnection_isIpV6, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, jsonSerialize, arginfo_class_Workerman_Connection_TcpConnection_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_connection_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WORKERMAN_CONNECT_FAIL", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WORKERMAN_SEND_FAIL", 2, CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("OS_TYPE_LINUX", "linux", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("OS_TYPE_WINDOWS", "windows", CONST_PERSISTENT);
}

static zend_class_entry *register_class_Workerman_Connection_ConnectionInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "ConnectionInterface", class_Workerman_Connection_ConnectionInterface_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;

	zval const_CONNECT_FAIL_value;
	ZVAL_LONG(&const_CONNECT_FAIL_value, 1);
	zend_string *const_CONNECT_FAIL_name = zend_string_init_interned("CONNECT_FAIL", sizeof("CONNECT_FAIL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONNECT_FAIL_name, &const_CONNECT_FAIL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONNECT_FAIL_name);

	zval const_SEND_FAIL_value;
	ZVAL_LONG(&const_SEND_FAIL_value, 2);
	zend_string *const_SEND_FAIL_name = zend_string_init_interned("SEND_FAIL", sizeof("SEND_FAIL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SEND_FAIL_name, &const_SEND_FAIL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SEND_FAIL_name);

	zval property_statistics_default_value;
	ZVAL_EMPTY_ARRAY(&property_statistics_default_value);
	zend_string *property_statistics_name = zend_string_init("statistics", sizeof("statistics") - 1, 1);
	zend_declare_property_ex(class_entry, property_statistics_name, &property_statistics_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_statistics_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Connection_ConnectionInterface = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Connection_ConnectionInterface, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Connection_ConnectionInterface);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Connection_TcpConnection(zend_class_entry *class_entry_Workerman_Connection_ConnectionInterface, zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "TcpConnection", class_Workerman_Connection_TcpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_ConnectionInterface);
	class_entry->ce_flags |= ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
	zend_class_implements(class_entry, 1, class_entry_JsonSerializable);

	zval const_STATUS_INITIAL_value;
	ZVAL_LONG(&const_STATUS_INITIAL_value, 0);
	zend_string *const_STATUS_INITIAL_name = zend_string_init_interned("STATUS_INITIAL", sizeof("STATUS_INITIAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_INITIAL_name, &const_STATUS_INITIAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_INITIAL_name);

	zval const_STATUS_CONNECTING_value;
	ZVAL_LONG(&const_STATUS_CONNECTING_value, 1);
	zend_string *const_STATUS_CONNECTING_name = zend_string_init_interned("STATUS_CONNECTING", sizeof("STATUS_CONNECTING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CONNECTING_name, &const_STATUS_CONNECTING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CONNECTING_name);

	zval const_STATUS_ESTABLISHED_value;
	ZVAL_LONG(&const_STATUS_ESTABLISHED_value, 2);
	zend_string *const_STATUS_ESTABLISHED_name = zend_string_init_interned("STATUS_ESTABLISHED", sizeof("STATUS_ESTABLISHED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_ESTABLISHED_name, &const_STATUS_ESTABLISHED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_ESTABLISHED_name);
#if WM_API == 5

	zval const_READ_BUFFER_SIZE_value;
	ZVAL_LONG(&const_READ_BUFFER_SIZE_value, 87380);
	zend_string *const_READ_BUFFER_SIZE_name = zend_string_init_interned("READ_BUFFER_SIZE", sizeof("READ_BUFFER_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_READ_BUFFER_SIZE_name, &const_READ_BUFFER_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_READ_BUFFER_SIZE_name);
#endif
#if WM_API == 5

	zval const_STATUS_ENDING_value;
	ZVAL_LONG(&const_STATUS_ENDING_value, 4);
	zend_string *const_STATUS_ENDING_name = zend_string_init_interned("STATUS_ENDING", sizeof("STATUS_ENDING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_ENDING_name, &const_STATUS_ENDING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_ENDING_name);
#endif
#if WM_API == 5

	zval const_STATUS_CLOSING_value;
	ZVAL_LONG(&const_STATUS_CLOSING_value, 8);
	zend_string *const_STATUS_CLOSING_name = zend_string_init_interned("STATUS_CLOSING", sizeof("STATUS_CLOSING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CLOSING_name, &const_STATUS_CLOSING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CLOSING_name);
#endif
#if WM_API == 5

	zval const_STATUS_CLOSED_value;
	ZVAL_LONG(&const_STATUS_CLOSED_value, 16);
	zend_string *const_STATUS_CLOSED_name = zend_string_init_interned("STATUS_CLOSED", sizeof("STATUS_CLOSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CLOSED_name, &const_STATUS_CLOSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CLOSED_name);
#endif
#if WM_API == 5

	zval const_MAX_CACHE_STRING_LENGTH_value;
	ZVAL_LONG(&const_MAX_CACHE_STRING_LENGTH_value, 2048);
	zend_string *const_MAX_CACHE_STRING_LENGTH_name = zend_string_init_interned("MAX_CACHE_STRING_LENGTH", sizeof("MAX_CACHE_STRING_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_STRING_LENGTH_name, &const_MAX_CACHE_STRING_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_STRING_LENGTH_name);
#endif
#if WM_API == 5

	zval const_MAX_CACHE_SIZE_value;
	ZVAL_LONG(&const_MAX_CACHE_SIZE_value, 512);
	zend_string *const_MAX_CACHE_SIZE_name = zend_string_init_interned("MAX_CACHE_SIZE", sizeof("MAX_CACHE_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_SIZE_name, &const_MAX_CACHE_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_SIZE_name);
#endif
#if WM_API == 5

	zval const_TCP_KEEPALIVE_INTERVAL_value;
	ZVAL_LONG(&const_TCP_KEEPALIVE_INTERVAL_value, 55);
	zend_string *const_TCP_KEEPALIVE_INTERVAL_name = zend_string_init_interned("TCP_KEEPALIVE_INTERVAL", sizeof("TCP_KEEPALIVE_INTERVAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TCP_KEEPALIVE_INTERVAL_name, &const_TCP_KEEPALIVE_INTERVAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TCP_KEEPALIVE_INTERVAL_name);
#endif
#if !(WM_API == 5)

	zval const_READ_BUFFER_SIZE_value;
	ZVAL_LONG(&const_READ_BUFFER_SIZE_value, 65535);
	zend_string *const_READ_BUFFER_SIZE_name = zend_string_init_interned("READ_BUFFER_SIZE", sizeof("READ_BUFFER_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_READ_BUFFER_SIZE_name, &const_READ_BUFFER_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_READ_BUFFER_SIZE_name);
#endif
#if !(WM_API == 5)

	zval const_STATUS_CLOSING_value;
	ZVAL_LONG(&const_STATUS_CLOSING_value, 4);
	zend_string *const_STATUS_CLOSING_name = zend_string_init_interned("STATUS_CLOSING", sizeof("STATUS_CLOSING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CLOSING_name, &const_STATUS_CLOSING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CLOSING_name);
#endif
#if !(WM_API == 5)

	zval const_STATUS_CLOSED_value;
	ZVAL_LONG(&const_STATUS_CLOSED_value, 8);
	zend_string *const_STATUS_CLOSED_name = zend_string_init_interned("STATUS_CLOSED", sizeof("STATUS_CLOSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CLOSED_name, &const_STATUS_CLOSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CLOSED_name);
#endif

	zval property_defaultMaxSendBufferSize_default_value;
	ZVAL_LONG(&property_defaultMaxSendBufferSize_default_value, 1048576);
	zend_string *property_defaultMaxSendBufferSize_name = zend_string_init("defaultMaxSendBufferSize", sizeof("defaultMaxSendBufferSize") - 1, 1);
	zend_declare_property_ex(class_entry, property_defaultMaxSendBufferSize_name, &property_defaultMaxSendBufferSize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_defaultMaxSendBufferSize_name);

	zval property_defaultMaxPackageSize_default_value;
	ZVAL_LONG(&property_defaultMaxPackageSize_default_value, 10485760);
	zend_string *property_defaultMaxPackageSize_name = zend_string_init("defaultMaxPackageSize", sizeof("defaultMaxPackageSize") - 1, 1);
	zend_declare_property_ex(class_entry, property_defaultMaxPackageSize_name, &property_defaultMaxPackageSize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_defaultMaxPackageSize_name);

	zval property_defaultLingerTimeout_default_value;
	ZVAL_DOUBLE(&property_defaultLingerTimeout_default_value, 1);
	zend_string *property_defaultLingerTimeout_name = zend_string_init("defaultLingerTimeout", sizeof("defaultLingerTimeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_defaultLingerTimeout_name, &property_defaultLingerTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_defaultLingerTimeout_name);

	zval property_sslHandshakeTimeout_default_value;
	ZVAL_LONG(&property_sslHandshakeTimeout_default_value, 60);
	zend_string *property_sslHandshakeTimeout_name = zend_string_init("sslHandshakeTimeout", sizeof("sslHandshakeTimeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_sslHandshakeTimeout_name, &property_sslHandshakeTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_sslHandshakeTimeout_name);

	zval property_connections_default_value;
	ZVAL_EMPTY_ARRAY(&property_connections_default_value);
	zend_string *property_connections_name = zend_string_init("connections", sizeof("connections") - 1, 1);
	zend_declare_property_ex(class_entry, property_connections_name, &property_connections_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_connections_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Connection_TcpConnection = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Connection_TcpConnection, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Connection_TcpConnection);

	return class_entry;
}
