/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 839eb06486ff853b25522d5e5f9c8389ac6c9a1c */

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, remoteAddress, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, remote_address, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_send, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sendBuffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_send, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, send_buffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_close, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_UdpConnection_getRemotePort arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getRemoteAddress arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getLocalIp arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getLocalPort arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getLocalAddress arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_isIpV4 arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_isIpV6 arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getSocket arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_jsonSerialize, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncUdpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, remoteAddress, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, contextOption, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncUdpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, remote_address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context_option, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Connection_AsyncUdpConnection_send arginfo_class_Workerman_Connection_UdpConnection_send
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Connection_AsyncUdpConnection_send arginfo_class_Workerman_Connection_UdpConnection_send
#endif

#define arginfo_class_Workerman_Connection_AsyncUdpConnection_close arginfo_class_Workerman_Connection_UdpConnection_close

#define arginfo_class_Workerman_Connection_AsyncUdpConnection_connect arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp


#if WM_API == 5
ZEND_METHOD(Workerman_Connection_UdpConnection, __construct);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_UdpConnection, __construct);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_UdpConnection, send);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_UdpConnection, send);
#endif
ZEND_METHOD(Workerman_Connection_UdpConnection, close);
ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteIp);
ZEND_METHOD(Workerman_Connection_UdpConnection, getRemotePort);
ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteAddress);
ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalIp);
ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalPort);
ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalAddress);
ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV4);
ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV6);
ZEND_METHOD(Workerman_Connection_UdpConnection, getSocket);
ZEND_METHOD(Workerman_Connection_UdpConnection, jsonSerialize);
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, __construct);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, __construct);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, send);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, send);
#endif
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, close);
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, connect);


static const zend_function_entry class_Workerman_Connection_UdpConnection_methods[] = {
#if WM_API == 5
	ZEND_ME(Workerman_Connection_UdpConnection, __construct, arginfo_class_Workerman_Connection_UdpConnection___construct, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_UdpConnection, __construct, arginfo_class_Workerman_Connection_UdpConnection___construct, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Connection_UdpConnection, send, arginfo_class_Workerman_Connection_UdpConnection_send, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_UdpConnection, send, arginfo_class_Workerman_Connection_UdpConnection_send, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Connection_UdpConnection, close, arginfo_class_Workerman_Connection_UdpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getRemoteIp, arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getRemotePort, arginfo_class_Workerman_Connection_UdpConnection_getRemotePort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getRemoteAddress, arginfo_class_Workerman_Connection_UdpConnection_getRemoteAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getLocalIp, arginfo_class_Workerman_Connection_UdpConnection_getLocalIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getLocalPort, arginfo_class_Workerman_Connection_UdpConnection_getLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getLocalAddress, arginfo_class_Workerman_Connection_UdpConnection_getLocalAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, isIpV4, arginfo_class_Workerman_Connection_UdpConnection_isIpV4, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, isIpV6, arginfo_class_Workerman_Connection_UdpConnection_isIpV6, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getSocket, arginfo_class_Workerman_Connection_UdpConnection_getSocket, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, jsonSerialize, arginfo_class_Workerman_Connection_UdpConnection_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Connection_AsyncUdpConnection_methods[] = {
#if WM_API == 5
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, __construct, arginfo_class_Workerman_Connection_AsyncUdpConnection___construct, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, __construct, arginfo_class_Workerman_Connection_AsyncUdpConnection___construct, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, send, arginfo_class_Workerman_Connection_AsyncUdpConnection_send, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, send, arginfo_class_Workerman_Connection_AsyncUdpConnection_send, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, close, arginfo_class_Workerman_Connection_AsyncUdpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, connect, arginfo_class_Workerman_Connection_AsyncUdpConnection_connect, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Connection_UdpConnection(zend_class_entry *class_entry_Workerman_Connection_ConnectionInterface, zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "UdpConnection", class_Workerman_Connection_UdpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_ConnectionInterface);
	class_entry->ce_flags |= ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
	zend_class_implements(class_entry, 1, class_entry_JsonSerializable);

	zval const_MAX_UDP_PACKAGE_SIZE_value;
	ZVAL_LONG(&const_MAX_UDP_PACKAGE_SIZE_value, 65535);
	zend_string *const_MAX_UDP_PACKAGE_SIZE_name = zend_string_init_interned("MAX_UDP_PACKAGE_SIZE", sizeof("MAX_UDP_PACKAGE_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_UDP_PACKAGE_SIZE_name, &const_MAX_UDP_PACKAGE_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_UDP_PACKAGE_SIZE_name);

	zval property_onMessage_default_value;
	ZVAL_NULL(&property_onMessage_default_value);
	zend_string *property_onMessage_name = zend_string_init("onMessage", sizeof("onMessage") - 1, 1);
	zend_declare_property_ex(class_entry, property_onMessage_name, &property_onMessage_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onMessage_name);

	zval property_onClose_default_value;
	ZVAL_NULL(&property_onClose_default_value);
	zend_string *property_onClose_name = zend_string_init("onClose", sizeof("onClose") - 1, 1);
	zend_declare_property_ex(class_entry, property_onClose_name, &property_onClose_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onClose_name);

	zval property_onError_default_value;
	ZVAL_NULL(&property_onError_default_value);
	zend_string *property_onError_name = zend_string_init("onError", sizeof("onError") - 1, 1);
	zend_declare_property_ex(class_entry, property_onError_name, &property_onError_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onError_name);

	zval property_protocol_default_value;
	ZVAL_NULL(&property_protocol_default_value);
	zend_string *property_protocol_name = zend_string_init("protocol", sizeof("protocol") - 1, 1);
	zend_declare_property_ex(class_entry, property_protocol_name, &property_protocol_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_protocol_name);

	zval property_transport_default_value;
	zend_string *property_transport_default_value_str = zend_string_init("udp", strlen("udp"), 1);
	ZVAL_STR(&property_transport_default_value, property_transport_default_value_str);
	zend_string *property_transport_name = zend_string_init("transport", sizeof("transport") - 1, 1);
	zend_declare_property_ex(class_entry, property_transport_name, &property_transport_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_transport_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Connection_UdpConnection = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Connection_UdpConnection, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Connection_UdpConnection);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Connection_AsyncUdpConnection(zend_class_entry *class_entry_Workerman_Connection_UdpConnection)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "AsyncUdpConnection", class_Workerman_Connection_AsyncUdpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_UdpConnection);
	class_entry->ce_flags |= ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;

	zval property_onConnect_default_value;
	ZVAL_NULL(&property_onConnect_default_value);
	zend_string *property_onConnect_name = zend_string_init("onConnect", sizeof("onConnect") - 1, 1);
	zend_declare_property_ex(class_entry, property_onConnect_name, &property_onConnect_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onConnect_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Connection_AsyncUdpConnection = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Connection_AsyncUdpConnection, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Connection_AsyncUdpConnection);

	return class_entry;
}
