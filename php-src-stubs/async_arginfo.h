/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 68d5cd80a187642f8ae36ddfb98ae6ebec1d71cc */

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, remoteAddress, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, socketContext, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, remote_address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context_option, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection_connect, 0, 0, 0)
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection_reconnect, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, after, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection_reconnect, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, after, IS_MIXED, 0, "0")
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_Workerman_Connection_AsyncTcpConnection_cancelReconnect arginfo_class_Workerman_Connection_AsyncTcpConnection_connect

#define arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteHost arginfo_class_Workerman_Connection_AsyncTcpConnection_connect

#define arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteURI arginfo_class_Workerman_Connection_AsyncTcpConnection_connect


#if WM_API == 5
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, __construct);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, __construct);
#endif
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, connect);
#if WM_API == 5
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, reconnect);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, reconnect);
#endif
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, cancelReconnect);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteHost);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteURI);


static const zend_function_entry class_Workerman_Connection_AsyncTcpConnection_methods[] = {
#if WM_API == 5
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, __construct, arginfo_class_Workerman_Connection_AsyncTcpConnection___construct, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, __construct, arginfo_class_Workerman_Connection_AsyncTcpConnection___construct, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, connect, arginfo_class_Workerman_Connection_AsyncTcpConnection_connect, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, reconnect, arginfo_class_Workerman_Connection_AsyncTcpConnection_reconnect, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, reconnect, arginfo_class_Workerman_Connection_AsyncTcpConnection_reconnect, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, cancelReconnect, arginfo_class_Workerman_Connection_AsyncTcpConnection_cancelReconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, getRemoteHost, arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteHost, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, getRemoteURI, arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteURI, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Connection_AsyncTcpConnection(zend_class_entry *class_entry_Workerman_Connection_TcpConnection)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "AsyncTcpConnection", class_Workerman_Connection_AsyncTcpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_TcpConnection);
	class_entry->ce_flags |= ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;

	zval property_onConnect_default_value;
	ZVAL_NULL(&property_onConnect_default_value);
	zend_string *property_onConnect_name = zend_string_init("onConnect", sizeof("onConnect") - 1, 1);
	zend_declare_property_ex(class_entry, property_onConnect_name, &property_onConnect_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onConnect_name);

	zval property_proxySocks5_default_value;
	ZVAL_EMPTY_STRING(&property_proxySocks5_default_value);
	zend_string *property_proxySocks5_name = zend_string_init("proxySocks5", sizeof("proxySocks5") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxySocks5_name, &property_proxySocks5_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxySocks5_name);

	zval property_proxyHttp_default_value;
	ZVAL_EMPTY_STRING(&property_proxyHttp_default_value);
	zend_string *property_proxyHttp_name = zend_string_init("proxyHttp", sizeof("proxyHttp") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxyHttp_name, &property_proxyHttp_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxyHttp_name);

	zval property_proxyAuthorization_default_value;
	ZVAL_EMPTY_STRING(&property_proxyAuthorization_default_value);
	zend_string *property_proxyAuthorization_name = zend_string_init("proxyAuthorization", sizeof("proxyAuthorization") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxyAuthorization_name, &property_proxyAuthorization_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxyAuthorization_name);

	zval property_proxySocks5Username_default_value;
	ZVAL_EMPTY_STRING(&property_proxySocks5Username_default_value);
	zend_string *property_proxySocks5Username_name = zend_string_init("proxySocks5Username", sizeof("proxySocks5Username") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxySocks5Username_name, &property_proxySocks5Username_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxySocks5Username_name);

	zval property_proxySocks5Password_default_value;
	ZVAL_EMPTY_STRING(&property_proxySocks5Password_default_value);
	zend_string *property_proxySocks5Password_name = zend_string_init("proxySocks5Password", sizeof("proxySocks5Password") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxySocks5Password_name, &property_proxySocks5Password_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxySocks5Password_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Connection_AsyncTcpConnection = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Connection_AsyncTcpConnection, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Connection_AsyncTcpConnection);

	return class_entry;
}
