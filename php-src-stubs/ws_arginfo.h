/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: cd222043cb713d933edf1988ff9d3d718ca2a078 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_input, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_encode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, payload, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_decode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, bytes, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_onConnect, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, connection, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Ws_onClose arginfo_class_Workerman_Protocols_Ws_onConnect

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_sendHandshake, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Ws_dealHandshake arginfo_class_Workerman_Protocols_Ws_input


ZEND_METHOD(Workerman_Protocols_Ws, input);
ZEND_METHOD(Workerman_Protocols_Ws, encode);
ZEND_METHOD(Workerman_Protocols_Ws, decode);
ZEND_METHOD(Workerman_Protocols_Ws, onConnect);
ZEND_METHOD(Workerman_Protocols_Ws, onClose);
ZEND_METHOD(Workerman_Protocols_Ws, sendHandshake);
ZEND_METHOD(Workerman_Protocols_Ws, dealHandshake);


static const zend_function_entry class_Workerman_Protocols_Ws_methods[] = {
	ZEND_ME(Workerman_Protocols_Ws, input, arginfo_class_Workerman_Protocols_Ws_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, encode, arginfo_class_Workerman_Protocols_Ws_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, decode, arginfo_class_Workerman_Protocols_Ws_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, onConnect, arginfo_class_Workerman_Protocols_Ws_onConnect, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, onClose, arginfo_class_Workerman_Protocols_Ws_onClose, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, sendHandshake, arginfo_class_Workerman_Protocols_Ws_sendHandshake, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, dealHandshake, arginfo_class_Workerman_Protocols_Ws_dealHandshake, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Ws(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Ws", class_Workerman_Protocols_Ws_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_BINARY_TYPE_BLOB_value;
	zend_string *const_BINARY_TYPE_BLOB_value_str = zend_string_init("Å", strlen("Å"), 1);
	ZVAL_STR(&const_BINARY_TYPE_BLOB_value, const_BINARY_TYPE_BLOB_value_str);
	zend_string *const_BINARY_TYPE_BLOB_name = zend_string_init_interned("BINARY_TYPE_BLOB", sizeof("BINARY_TYPE_BLOB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BINARY_TYPE_BLOB_name, &const_BINARY_TYPE_BLOB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BINARY_TYPE_BLOB_name);

	zval const_BINARY_TYPE_ARRAYBUFFER_value;
	zend_string *const_BINARY_TYPE_ARRAYBUFFER_value_str = zend_string_init("Ç", strlen("Ç"), 1);
	ZVAL_STR(&const_BINARY_TYPE_ARRAYBUFFER_value, const_BINARY_TYPE_ARRAYBUFFER_value_str);
	zend_string *const_BINARY_TYPE_ARRAYBUFFER_name = zend_string_init_interned("BINARY_TYPE_ARRAYBUFFER", sizeof("BINARY_TYPE_ARRAYBUFFER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BINARY_TYPE_ARRAYBUFFER_name, &const_BINARY_TYPE_ARRAYBUFFER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BINARY_TYPE_ARRAYBUFFER_name);

	return class_entry;
}
