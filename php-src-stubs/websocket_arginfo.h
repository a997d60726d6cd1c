/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ee502a0ac089272a156833d017fbfec1196399f8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Websocket_input, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Websocket_encode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Websocket_decode arginfo_class_Workerman_Protocols_Websocket_input

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Websocket_dealHandshake, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, connection, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Workerman_Protocols_Websocket, input);
ZEND_METHOD(Workerman_Protocols_Websocket, encode);
ZEND_METHOD(Workerman_Protocols_Websocket, decode);
ZEND_METHOD(Workerman_Protocols_Websocket, dealHandshake);


static const zend_function_entry class_Workerman_Protocols_Websocket_methods[] = {
	ZEND_ME(Workerman_Protocols_Websocket, input, arginfo_class_Workerman_Protocols_Websocket_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, encode, arginfo_class_Workerman_Protocols_Websocket_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, decode, arginfo_class_Workerman_Protocols_Websocket_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, dealHandshake, arginfo_class_Workerman_Protocols_Websocket_dealHandshake, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Websocket(zend_class_entry *class_entry_Workerman_Protocols_ProtocolInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Websocket", class_Workerman_Protocols_Websocket_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Workerman_Protocols_ProtocolInterface);

	zval const_BINARY_TYPE_BLOB_value;
	zend_string *const_BINARY_TYPE_BLOB_value_str = zend_string_init("Å", strlen("Å"), 1);
	ZVAL_STR(&const_BINARY_TYPE_BLOB_value, const_BINARY_TYPE_BLOB_value_str);
	zend_string *const_BINARY_TYPE_BLOB_name = zend_string_init_interned("BINARY_TYPE_BLOB", sizeof("BINARY_TYPE_BLOB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BINARY_TYPE_BLOB_name, &const_BINARY_TYPE_BLOB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BINARY_TYPE_BLOB_name);

	zval const_BINARY_TYPE_BLOB_DEFLATE_value;
	zend_string *const_BINARY_TYPE_BLOB_DEFLATE_value_str = zend_string_init("¡", strlen("¡"), 1);
	ZVAL_STR(&const_BINARY_TYPE_BLOB_DEFLATE_value, const_BINARY_TYPE_BLOB_DEFLATE_value_str);
	zend_string *const_BINARY_TYPE_BLOB_DEFLATE_name = zend_string_init_interned("BINARY_TYPE_BLOB_DEFLATE", sizeof("BINARY_TYPE_BLOB_DEFLATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BINARY_TYPE_BLOB_DEFLATE_name, &const_BINARY_TYPE_BLOB_DEFLATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BINARY_TYPE_BLOB_DEFLATE_name);

	zval const_BINARY_TYPE_ARRAYBUFFER_value;
	zend_string *const_BINARY_TYPE_ARRAYBUFFER_value_str = zend_string_init("Ç", strlen("Ç"), 1);
	ZVAL_STR(&const_BINARY_TYPE_ARRAYBUFFER_value, const_BINARY_TYPE_ARRAYBUFFER_value_str);
	zend_string *const_BINARY_TYPE_ARRAYBUFFER_name = zend_string_init_interned("BINARY_TYPE_ARRAYBUFFER", sizeof("BINARY_TYPE_ARRAYBUFFER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BINARY_TYPE_ARRAYBUFFER_name, &const_BINARY_TYPE_ARRAYBUFFER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BINARY_TYPE_ARRAYBUFFER_name);

	zval const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_value;
	zend_string *const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_value_str = zend_string_init("¬", strlen("¬"), 1);
	ZVAL_STR(&const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_value, const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_value_str);
	zend_string *const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_name = zend_string_init_interned("BINARY_TYPE_ARRAYBUFFER_DEFLATE", sizeof("BINARY_TYPE_ARRAYBUFFER_DEFLATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_name, &const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BINARY_TYPE_ARRAYBUFFER_DEFLATE_name);

	zval property_handshakeTimeout_default_value;
	ZVAL_LONG(&property_handshakeTimeout_default_value, 60);
	zend_string *property_handshakeTimeout_name = zend_string_init("handshakeTimeout", sizeof("handshakeTimeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_handshakeTimeout_name, &property_handshakeTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_handshakeTimeout_name);

	return class_entry;
}
