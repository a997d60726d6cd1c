/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 234cd7cd188105aed9ba8c583894133587d6a361 */

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_delay, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, delay, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_offDelay, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, timerId, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_repeat, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, interval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_EventInterface_offRepeat arginfo_class_Workerman_Events_EventInterface_offDelay
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_onReadable, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, stream, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_offReadable, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, stream, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_EventInterface_onWritable arginfo_class_Workerman_Events_EventInterface_onReadable
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_EventInterface_offWritable arginfo_class_Workerman_Events_EventInterface_offReadable
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_onSignal, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_offSignal, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_deleteAllTimer, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_EventInterface_run arginfo_class_Workerman_Events_EventInterface_deleteAllTimer
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_EventInterface_stop arginfo_class_Workerman_Events_EventInterface_deleteAllTimer
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_getTimerCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_setErrorHandler, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, errorHandler, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Events_EventInterface_add, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, flag, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Events_EventInterface_del, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, flag, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Events_EventInterface_clearAllTimer, 0, 0, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Events_EventInterface_loop arginfo_class_Workerman_Events_EventInterface_clearAllTimer
#endif

#if !(WM_API == 5)
#define arginfo_class_Workerman_Events_EventInterface_destroy arginfo_class_Workerman_Events_EventInterface_clearAllTimer
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_EventInterface_getTimerCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Events_Event___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Events_Event_add, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, flag, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Events_Event_del, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, flag, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Events_Event_clearAllTimer arginfo_class_Workerman_Events_Event___construct

#define arginfo_class_Workerman_Events_Event_loop arginfo_class_Workerman_Events_Event___construct

#define arginfo_class_Workerman_Events_Event_destroy arginfo_class_Workerman_Events_Event___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_Event_getTimerCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_delay arginfo_class_Workerman_Events_EventInterface_delay
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_repeat arginfo_class_Workerman_Events_EventInterface_repeat
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_offDelay arginfo_class_Workerman_Events_EventInterface_offDelay
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_offRepeat arginfo_class_Workerman_Events_EventInterface_offDelay
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_onReadable arginfo_class_Workerman_Events_EventInterface_onReadable
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_offReadable arginfo_class_Workerman_Events_EventInterface_offReadable
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_onWritable arginfo_class_Workerman_Events_EventInterface_onReadable
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_offWritable arginfo_class_Workerman_Events_EventInterface_offReadable
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_onSignal arginfo_class_Workerman_Events_EventInterface_onSignal
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_offSignal arginfo_class_Workerman_Events_EventInterface_offSignal
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_deleteAllTimer arginfo_class_Workerman_Events_EventInterface_deleteAllTimer
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_run arginfo_class_Workerman_Events_EventInterface_deleteAllTimer
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_stop arginfo_class_Workerman_Events_EventInterface_deleteAllTimer
#endif

#if WM_API == 5
#define arginfo_class_Workerman_Events_Event_setErrorHandler arginfo_class_Workerman_Events_EventInterface_setErrorHandler
#endif

#if WM_API == 5
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_Event_getErrorHandler, 0, 0, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()
#endif


#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if WM_API == 5
#endif
#if !(WM_API == 5)
#endif
#if !(WM_API == 5)
#endif
#if !(WM_API == 5)
#endif
#if !(WM_API == 5)
#endif
#if !(WM_API == 5)
#endif
#if !(WM_API == 5)
#endif
ZEND_METHOD(Workerman_Events_Event, __construct);
ZEND_METHOD(Workerman_Events_Event, add);
ZEND_METHOD(Workerman_Events_Event, del);
ZEND_METHOD(Workerman_Events_Event, clearAllTimer);
ZEND_METHOD(Workerman_Events_Event, loop);
ZEND_METHOD(Workerman_Events_Event, destroy);
ZEND_METHOD(Workerman_Events_Event, getTimerCount);
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, delay);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, repeat);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, offDelay);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, offRepeat);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, onReadable);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, offReadable);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, onWritable);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, offWritable);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, onSignal);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, offSignal);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, deleteAllTimer);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, run);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, stop);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, setErrorHandler);
#endif
#if WM_API == 5
ZEND_METHOD(Workerman_Events_Event, getErrorHandler);
#endif


static const zend_function_entry class_Workerman_Events_EventInterface_methods[] = {
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, delay, arginfo_class_Workerman_Events_EventInterface_delay, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, offDelay, arginfo_class_Workerman_Events_EventInterface_offDelay, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, repeat, arginfo_class_Workerman_Events_EventInterface_repeat, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, offRepeat, arginfo_class_Workerman_Events_EventInterface_offRepeat, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, onReadable, arginfo_class_Workerman_Events_EventInterface_onReadable, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, offReadable, arginfo_class_Workerman_Events_EventInterface_offReadable, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, onWritable, arginfo_class_Workerman_Events_EventInterface_onWritable, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, offWritable, arginfo_class_Workerman_Events_EventInterface_offWritable, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, onSignal, arginfo_class_Workerman_Events_EventInterface_onSignal, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, offSignal, arginfo_class_Workerman_Events_EventInterface_offSignal, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, deleteAllTimer, arginfo_class_Workerman_Events_EventInterface_deleteAllTimer, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, run, arginfo_class_Workerman_Events_EventInterface_run, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, stop, arginfo_class_Workerman_Events_EventInterface_stop, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, getTimerCount, arginfo_class_Workerman_Events_EventInterface_getTimerCount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if WM_API == 5
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, setErrorHandler, arginfo_class_Workerman_Events_EventInterface_setErrorHandler, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, add, arginfo_class_Workerman_Events_EventInterface_add, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, del, arginfo_class_Workerman_Events_EventInterface_del, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, clearAllTimer, arginfo_class_Workerman_Events_EventInterface_clearAllTimer, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, loop, arginfo_class_Workerman_Events_EventInterface_loop, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, destroy, arginfo_class_Workerman_Events_EventInterface_destroy, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
#if !(WM_API == 5)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Events_EventInterface, getTimerCount, arginfo_class_Workerman_Events_EventInterface_getTimerCount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
#endif
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Events_Event_methods[] = {
	ZEND_ME(Workerman_Events_Event, __construct, arginfo_class_Workerman_Events_Event___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_Event, add, arginfo_class_Workerman_Events_Event_add, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_Event, del, arginfo_class_Workerman_Events_Event_del, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_Event, clearAllTimer, arginfo_class_Workerman_Events_Event_clearAllTimer, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_Event, loop, arginfo_class_Workerman_Events_Event_loop, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_Event, destroy, arginfo_class_Workerman_Events_Event_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_Event, getTimerCount, arginfo_class_Workerman_Events_Event_getTimerCount, ZEND_ACC_PUBLIC)
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, delay, arginfo_class_Workerman_Events_Event_delay, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, repeat, arginfo_class_Workerman_Events_Event_repeat, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, offDelay, arginfo_class_Workerman_Events_Event_offDelay, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, offRepeat, arginfo_class_Workerman_Events_Event_offRepeat, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, onReadable, arginfo_class_Workerman_Events_Event_onReadable, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, offReadable, arginfo_class_Workerman_Events_Event_offReadable, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, onWritable, arginfo_class_Workerman_Events_Event_onWritable, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, offWritable, arginfo_class_Workerman_Events_Event_offWritable, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, onSignal, arginfo_class_Workerman_Events_Event_onSignal, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, offSignal, arginfo_class_Workerman_Events_Event_offSignal, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, deleteAllTimer, arginfo_class_Workerman_Events_Event_deleteAllTimer, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, run, arginfo_class_Workerman_Events_Event_run, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, stop, arginfo_class_Workerman_Events_Event_stop, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, setErrorHandler, arginfo_class_Workerman_Events_Event_setErrorHandler, ZEND_ACC_PUBLIC)
#endif
#if WM_API == 5
	ZEND_ME(Workerman_Events_Event, getErrorHandler, arginfo_class_Workerman_Events_Event_getErrorHandler, ZEND_ACC_PUBLIC)
#endif
	ZEND_FE_END
};


#if WM_API == 5
static const zend_function_entry class_Workerman_Events_Fiber_methods[] = {
	ZEND_FE_END
};
#endif

static zend_class_entry *register_class_Workerman_Events_EventInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Events", "EventInterface", class_Workerman_Events_EventInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_EV_READ_value;
	ZVAL_LONG(&const_EV_READ_value, 1);
	zend_string *const_EV_READ_name = zend_string_init_interned("EV_READ", sizeof("EV_READ") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV_READ_name, &const_EV_READ_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV_READ_name);

	zval const_EV_WRITE_value;
	ZVAL_LONG(&const_EV_WRITE_value, 2);
	zend_string *const_EV_WRITE_name = zend_string_init_interned("EV_WRITE", sizeof("EV_WRITE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV_WRITE_name, &const_EV_WRITE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV_WRITE_name);

	zval const_EV_EXCEPT_value;
	ZVAL_LONG(&const_EV_EXCEPT_value, 3);
	zend_string *const_EV_EXCEPT_name = zend_string_init_interned("EV_EXCEPT", sizeof("EV_EXCEPT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV_EXCEPT_name, &const_EV_EXCEPT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV_EXCEPT_name);

	zval const_EV_SIGNAL_value;
	ZVAL_LONG(&const_EV_SIGNAL_value, 4);
	zend_string *const_EV_SIGNAL_name = zend_string_init_interned("EV_SIGNAL", sizeof("EV_SIGNAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV_SIGNAL_name, &const_EV_SIGNAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV_SIGNAL_name);

	zval const_EV_TIMER_value;
	ZVAL_LONG(&const_EV_TIMER_value, 8);
	zend_string *const_EV_TIMER_name = zend_string_init_interned("EV_TIMER", sizeof("EV_TIMER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV_TIMER_name, &const_EV_TIMER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV_TIMER_name);

	zval const_EV_TIMER_ONCE_value;
	ZVAL_LONG(&const_EV_TIMER_ONCE_value, 16);
	zend_string *const_EV_TIMER_ONCE_name = zend_string_init_interned("EV_TIMER_ONCE", sizeof("EV_TIMER_ONCE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV_TIMER_ONCE_name, &const_EV_TIMER_ONCE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV_TIMER_ONCE_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Events_Event(zend_class_entry *class_entry_Workerman_Events_EventInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Events", "Event", class_Workerman_Events_Event_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Workerman_Events_EventInterface);

	return class_entry;
}

#if WM_API == 5
static zend_class_entry *register_class_Workerman_Events_Fiber(zend_class_entry *class_entry_Workerman_Events_Event)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Events", "Fiber", class_Workerman_Events_Fiber_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Events_Event);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
#endif
