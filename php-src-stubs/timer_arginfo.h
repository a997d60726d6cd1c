/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 33070f0c5944037e868cf9bc12682dce784f4db7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_init, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, event, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_add, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, timeInterval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_MIXED, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, persistent, IS_MIXED, 0, "true")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_add, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, time_interval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_MIXED, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, persistent, IS_MIXED, 0, "true")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Timer_repeat, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, timeInterval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Timer_delay arginfo_class_Workerman_Timer_repeat
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_del, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, timerId, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_del, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, timer_id, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_delAll, 0, 0, 0)
ZEND_END_ARG_INFO()

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Timer_getTimerCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Timer_sleep, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, delay, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Timer_signalHandle, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_signalHandle, 0, 0, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Timer_tick arginfo_class_Workerman_Timer_signalHandle
#endif


ZEND_METHOD(Workerman_Timer, init);
#if WM_API == 5
ZEND_METHOD(Workerman_Timer, add);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Timer, add);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Timer, repeat);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Timer, delay);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Timer, del);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Timer, del);
#endif
ZEND_METHOD(Workerman_Timer, delAll);
#if WM_API == 5
ZEND_METHOD(Workerman_Timer, getTimerCount);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Timer, sleep);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Timer, signalHandle);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Timer, signalHandle);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Timer, tick);
#endif


static const zend_function_entry class_Workerman_Timer_methods[] = {
	ZEND_ME(Workerman_Timer, init, arginfo_class_Workerman_Timer_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#if WM_API == 5
	ZEND_ME(Workerman_Timer, add, arginfo_class_Workerman_Timer_add, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Timer, add, arginfo_class_Workerman_Timer_add, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Timer, repeat, arginfo_class_Workerman_Timer_repeat, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Timer, delay, arginfo_class_Workerman_Timer_delay, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Timer, del, arginfo_class_Workerman_Timer_del, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Timer, del, arginfo_class_Workerman_Timer_del, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
	ZEND_ME(Workerman_Timer, delAll, arginfo_class_Workerman_Timer_delAll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#if WM_API == 5
	ZEND_ME(Workerman_Timer, getTimerCount, arginfo_class_Workerman_Timer_getTimerCount, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Timer, sleep, arginfo_class_Workerman_Timer_sleep, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Timer, signalHandle, arginfo_class_Workerman_Timer_signalHandle, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Timer, signalHandle, arginfo_class_Workerman_Timer_signalHandle, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Timer, tick, arginfo_class_Workerman_Timer_tick, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Lib_Timer_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Timer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman", "Timer", class_Workerman_Timer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Lib_Timer(zend_class_entry *class_entry_Workerman_Timer)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Lib", "Timer", class_Workerman_Lib_Timer_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Timer);

	return class_entry;
}
