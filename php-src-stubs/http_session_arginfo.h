/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 513b6db328a2678a6b28f1c73a453f35e4e341d2 */

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, session_id, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_getId, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_get, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_set, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_delete, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_pull arginfo_class_Workerman_Protocols_Http_Session_get

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_put, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_forget arginfo_class_Workerman_Protocols_Http_Session_delete

#define arginfo_class_Workerman_Protocols_Http_Session_all arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_flush arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_has arginfo_class_Workerman_Protocols_Http_Session_delete

#define arginfo_class_Workerman_Protocols_Http_Session_exists arginfo_class_Workerman_Protocols_Http_Session_delete

#define arginfo_class_Workerman_Protocols_Http_Session_save arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_refresh arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_init arginfo_class_Workerman_Protocols_Http_Session_getId

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_handlerClass, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, className, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_handlerClass, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, class_name, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_Workerman_Protocols_Http_Session_getCookieParams arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_initHandler arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_gc arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session___wakeup arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session___destruct arginfo_class_Workerman_Protocols_Http_Session_getId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_checkSessionId, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, session_id, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_close arginfo_class_Workerman_Protocols_Http_Session_getId

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_destroy arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_destroy arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, maxLifetime, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, maxlifetime, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, savePath, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, save_path, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, sessionData, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, session_id, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, session_data, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "\"\"")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, id, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "\"\"")
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_init arginfo_class_Workerman_Protocols_Http_Session_getId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_open arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_open arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_write arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_write arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_updateTimestamp arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_updateTimestamp arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp
#endif

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_close arginfo_class_Workerman_Protocols_Http_Session_getId

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_destroy arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_destroy arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_gc arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_gc arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionFile arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionFile arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionSavePath, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, path, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, config, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_connect arginfo_class_Workerman_Protocols_Http_Session_getId

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_open arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_open arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_write arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_write arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_updateTimestamp arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_updateTimestamp arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_destroy arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_destroy arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_close arginfo_class_Workerman_Protocols_Http_Session_getId

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_gc arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_gc arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc
#endif

#define arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler___construct arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct

#if WM_API == 5
#define arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct
#endif


#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session, __construct);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session, __construct);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Session, getId);
ZEND_METHOD(Workerman_Protocols_Http_Session, get);
ZEND_METHOD(Workerman_Protocols_Http_Session, set);
ZEND_METHOD(Workerman_Protocols_Http_Session, delete);
ZEND_METHOD(Workerman_Protocols_Http_Session, pull);
ZEND_METHOD(Workerman_Protocols_Http_Session, put);
ZEND_METHOD(Workerman_Protocols_Http_Session, forget);
ZEND_METHOD(Workerman_Protocols_Http_Session, all);
ZEND_METHOD(Workerman_Protocols_Http_Session, flush);
ZEND_METHOD(Workerman_Protocols_Http_Session, has);
ZEND_METHOD(Workerman_Protocols_Http_Session, exists);
ZEND_METHOD(Workerman_Protocols_Http_Session, save);
ZEND_METHOD(Workerman_Protocols_Http_Session, refresh);
ZEND_METHOD(Workerman_Protocols_Http_Session, init);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session, handlerClass);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session, handlerClass);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Session, getCookieParams);
ZEND_METHOD(Workerman_Protocols_Http_Session, initHandler);
ZEND_METHOD(Workerman_Protocols_Http_Session, gc);
ZEND_METHOD(Workerman_Protocols_Http_Session, __wakeup);
ZEND_METHOD(Workerman_Protocols_Http_Session, __destruct);
ZEND_METHOD(Workerman_Protocols_Http_Session, checkSessionId);
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, init);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, __construct);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, open);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, open);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, read);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, read);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, write);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, write);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, close);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, destroy);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, destroy);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, gc);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, gc);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionSavePath);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, connect);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, open);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, open);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, read);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, read);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, write);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, write);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, close);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, gc);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, gc);
#endif
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, __construct);
#if WM_API == 5
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, read);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, read);
#endif


static const zend_function_entry class_Workerman_Protocols_Http_Session_methods[] = {
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session, __construct, arginfo_class_Workerman_Protocols_Http_Session___construct, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session, __construct, arginfo_class_Workerman_Protocols_Http_Session___construct, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Session, getId, arginfo_class_Workerman_Protocols_Http_Session_getId, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, get, arginfo_class_Workerman_Protocols_Http_Session_get, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, set, arginfo_class_Workerman_Protocols_Http_Session_set, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, delete, arginfo_class_Workerman_Protocols_Http_Session_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, pull, arginfo_class_Workerman_Protocols_Http_Session_pull, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, put, arginfo_class_Workerman_Protocols_Http_Session_put, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, forget, arginfo_class_Workerman_Protocols_Http_Session_forget, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, all, arginfo_class_Workerman_Protocols_Http_Session_all, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, flush, arginfo_class_Workerman_Protocols_Http_Session_flush, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, has, arginfo_class_Workerman_Protocols_Http_Session_has, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, exists, arginfo_class_Workerman_Protocols_Http_Session_exists, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, save, arginfo_class_Workerman_Protocols_Http_Session_save, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, refresh, arginfo_class_Workerman_Protocols_Http_Session_refresh, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, init, arginfo_class_Workerman_Protocols_Http_Session_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session, handlerClass, arginfo_class_Workerman_Protocols_Http_Session_handlerClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session, handlerClass, arginfo_class_Workerman_Protocols_Http_Session_handlerClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Session, getCookieParams, arginfo_class_Workerman_Protocols_Http_Session_getCookieParams, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session, initHandler, arginfo_class_Workerman_Protocols_Http_Session_initHandler, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session, gc, arginfo_class_Workerman_Protocols_Http_Session_gc, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, __wakeup, arginfo_class_Workerman_Protocols_Http_Session___wakeup, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, __destruct, arginfo_class_Workerman_Protocols_Http_Session___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, checkSessionId, arginfo_class_Workerman_Protocols_Http_Session_checkSessionId, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_SessionException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_SessionHandlerInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, close, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_close, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, destroy, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_destroy, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, destroy, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_destroy, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, gc, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, gc, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, open, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, open, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, read, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_read, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, read, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_read, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, write, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, write, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_FileSessionHandler_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, init, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, __construct, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler___construct, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, open, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_open, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, open, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_open, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_read, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_read, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, write, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_write, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, write, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_write, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_updateTimestamp, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_updateTimestamp, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, close, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_close, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, destroy, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_destroy, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, destroy, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_destroy, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, gc, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_gc, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, gc, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_gc, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionFile, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionFile, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, sessionSavePath, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionSavePath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_RedisSessionHandler_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, __construct, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, connect, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_connect, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, open, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_open, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, open, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_open, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_read, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_read, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, write, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_write, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, write, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_write, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_updateTimestamp, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_updateTimestamp, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_destroy, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_destroy, ZEND_ACC_PUBLIC)
#endif
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, close, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_close, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, gc, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_gc, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, gc, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_gc, ZEND_ACC_PUBLIC)
#endif
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, __construct, arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler___construct, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_read, ZEND_ACC_PUBLIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_read, ZEND_ACC_PUBLIC)
#endif
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Http_Session(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "Session", class_Workerman_Protocols_Http_Session_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property__handlerClass_default_value;
	zend_string *property__handlerClass_default_value_str = zend_string_init("Workerman\\Protocols\\Http\\Session\\FileSessionHandler", strlen("Workerman\\Protocols\\Http\\Session\\FileSessionHandler"), 1);
	ZVAL_STR(&property__handlerClass_default_value, property__handlerClass_default_value_str);
	zend_string *property__handlerClass_name = zend_string_init("_handlerClass", sizeof("_handlerClass") - 1, 1);
	zend_declare_property_ex(class_entry, property__handlerClass_name, &property__handlerClass_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__handlerClass_name);

	zval property__handlerConfig_default_value;
	ZVAL_NULL(&property__handlerConfig_default_value);
	zend_string *property__handlerConfig_name = zend_string_init("_handlerConfig", sizeof("_handlerConfig") - 1, 1);
	zend_declare_property_ex(class_entry, property__handlerConfig_name, &property__handlerConfig_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__handlerConfig_name);

	zval property_name_default_value;
	zend_string *property_name_default_value_str = zend_string_init("PHPSID", strlen("PHPSID"), 1);
	ZVAL_STR(&property_name_default_value, property_name_default_value_str);
	zend_string *property_name_name = zend_string_init("name", sizeof("name") - 1, 1);
	zend_declare_property_ex(class_entry, property_name_name, &property_name_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_name_name);

	zval property_autoUpdateTimestamp_default_value;
	ZVAL_FALSE(&property_autoUpdateTimestamp_default_value);
	zend_string *property_autoUpdateTimestamp_name = zend_string_init("autoUpdateTimestamp", sizeof("autoUpdateTimestamp") - 1, 1);
	zend_declare_property_ex(class_entry, property_autoUpdateTimestamp_name, &property_autoUpdateTimestamp_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_autoUpdateTimestamp_name);

	zval property_lifetime_default_value;
	ZVAL_LONG(&property_lifetime_default_value, 1440);
	zend_string *property_lifetime_name = zend_string_init("lifetime", sizeof("lifetime") - 1, 1);
	zend_declare_property_ex(class_entry, property_lifetime_name, &property_lifetime_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_lifetime_name);

	zval property_cookieLifetime_default_value;
	ZVAL_LONG(&property_cookieLifetime_default_value, 1440);
	zend_string *property_cookieLifetime_name = zend_string_init("cookieLifetime", sizeof("cookieLifetime") - 1, 1);
	zend_declare_property_ex(class_entry, property_cookieLifetime_name, &property_cookieLifetime_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_cookieLifetime_name);

	zval property_cookiePath_default_value;
	zend_string *property_cookiePath_default_value_str = zend_string_init("/", strlen("/"), 1);
	ZVAL_STR(&property_cookiePath_default_value, property_cookiePath_default_value_str);
	zend_string *property_cookiePath_name = zend_string_init("cookiePath", sizeof("cookiePath") - 1, 1);
	zend_declare_property_ex(class_entry, property_cookiePath_name, &property_cookiePath_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_cookiePath_name);

	zval property_domain_default_value;
	ZVAL_EMPTY_STRING(&property_domain_default_value);
	zend_string *property_domain_name = zend_string_init("domain", sizeof("domain") - 1, 1);
	zend_declare_property_ex(class_entry, property_domain_name, &property_domain_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_domain_name);

	zval property_secure_default_value;
	ZVAL_FALSE(&property_secure_default_value);
	zend_string *property_secure_name = zend_string_init("secure", sizeof("secure") - 1, 1);
	zend_declare_property_ex(class_entry, property_secure_name, &property_secure_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_secure_name);

	zval property_httpOnly_default_value;
	ZVAL_TRUE(&property_httpOnly_default_value);
	zend_string *property_httpOnly_name = zend_string_init("httpOnly", sizeof("httpOnly") - 1, 1);
	zend_declare_property_ex(class_entry, property_httpOnly_name, &property_httpOnly_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_httpOnly_name);

	zval property_sameSite_default_value;
	ZVAL_EMPTY_STRING(&property_sameSite_default_value);
	zend_string *property_sameSite_name = zend_string_init("sameSite", sizeof("sameSite") - 1, 1);
	zend_declare_property_ex(class_entry, property_sameSite_name, &property_sameSite_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_sameSite_name);

	zval property_gcProbability_default_value;
	ZVAL_EMPTY_ARRAY(&property_gcProbability_default_value);
	zend_string *property_gcProbability_name = zend_string_init("gcProbability", sizeof("gcProbability") - 1, 1);
	zend_declare_property_ex(class_entry, property_gcProbability_name, &property_gcProbability_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_gcProbability_name);

	zval property__handler_default_value;
	ZVAL_NULL(&property__handler_default_value);
	zend_string *property__handler_name = zend_string_init("_handler", sizeof("_handler") - 1, 1);
	zend_declare_property_ex(class_entry, property__handler_name, &property__handler_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__handler_name);

	zval property__data_default_value;
	ZVAL_EMPTY_ARRAY(&property__data_default_value);
	zend_string *property__data_name = zend_string_init("_data", sizeof("_data") - 1, 1);
	zend_declare_property_ex(class_entry, property__data_name, &property__data_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__data_name);

	zval property__needSave_default_value;
	ZVAL_FALSE(&property__needSave_default_value);
	zend_string *property__needSave_name = zend_string_init("_needSave", sizeof("_needSave") - 1, 1);
	zend_declare_property_ex(class_entry, property__needSave_name, &property__needSave_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__needSave_name);

	zval property__sessionId_default_value;
	ZVAL_NULL(&property__sessionId_default_value);
	zend_string *property__sessionId_name = zend_string_init("_sessionId", sizeof("_sessionId") - 1, 1);
	zend_declare_property_ex(class_entry, property__sessionId_name, &property__sessionId_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__sessionId_name);

	zval property__isSafe_default_value;
	ZVAL_TRUE(&property__isSafe_default_value);
	zend_string *property__isSafe_name = zend_string_init("_isSafe", sizeof("_isSafe") - 1, 1);
	zend_declare_property_ex(class_entry, property__isSafe_name, &property__isSafe_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__isSafe_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_SessionException(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "SessionException", class_Workerman_Protocols_Http_SessionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_SessionHandlerInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "SessionHandlerInterface", class_Workerman_Protocols_Http_Session_SessionHandlerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_FileSessionHandler(zend_class_entry *class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "FileSessionHandler", class_Workerman_Protocols_Http_Session_FileSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface);

	zval property__sessionSavePath_default_value;
	ZVAL_NULL(&property__sessionSavePath_default_value);
	zend_string *property__sessionSavePath_name = zend_string_init("_sessionSavePath", sizeof("_sessionSavePath") - 1, 1);
	zend_declare_property_ex(class_entry, property__sessionSavePath_name, &property__sessionSavePath_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__sessionSavePath_name);

	zval property__sessionFilePrefix_default_value;
	zend_string *property__sessionFilePrefix_default_value_str = zend_string_init("session_", strlen("session_"), 1);
	ZVAL_STR(&property__sessionFilePrefix_default_value, property__sessionFilePrefix_default_value_str);
	zend_string *property__sessionFilePrefix_name = zend_string_init("_sessionFilePrefix", sizeof("_sessionFilePrefix") - 1, 1);
	zend_declare_property_ex(class_entry, property__sessionFilePrefix_name, &property__sessionFilePrefix_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property__sessionFilePrefix_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_RedisSessionHandler(zend_class_entry *class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "RedisSessionHandler", class_Workerman_Protocols_Http_Session_RedisSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface);

	zval property__redis_default_value;
	ZVAL_NULL(&property__redis_default_value);
	zend_string *property__redis_name = zend_string_init("_redis", sizeof("_redis") - 1, 1);
	zend_declare_property_ex(class_entry, property__redis_name, &property__redis_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__redis_name);

	zval property__config_default_value;
	ZVAL_NULL(&property__config_default_value);
	zend_string *property__config_name = zend_string_init("_config", sizeof("_config") - 1, 1);
	zend_declare_property_ex(class_entry, property__config_name, &property__config_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property__config_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler(zend_class_entry *class_entry_Workerman_Protocols_Http_Session_RedisSessionHandler)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "RedisClusterSessionHandler", class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Protocols_Http_Session_RedisSessionHandler);

	return class_entry;
}
