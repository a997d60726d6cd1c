/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1babc39261e96a4455eee6413b7ef9072865591e */

#if WM_API == 5
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Autoloader_setRootPath, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, rootPath, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if !(WM_API == 5)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Autoloader_setRootPath, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, root_path, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Autoloader_loadByNamespace, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()


#if WM_API == 5
ZEND_METHOD(Workerman_Autoloader, setRootPath);
#endif
#if !(WM_API == 5)
ZEND_METHOD(Workerman_Autoloader, setRootPath);
#endif
ZEND_METHOD(Workerman_Autoloader, loadByNamespace);


static const zend_function_entry class_Workerman_Autoloader_methods[] = {
#if WM_API == 5
	ZEND_ME(Workerman_Autoloader, setRootPath, arginfo_class_Workerman_Autoloader_setRootPath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if !(WM_API == 5)
	ZEND_ME(Workerman_Autoloader, setRootPath, arginfo_class_Workerman_Autoloader_setRootPath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
	ZEND_ME(Workerman_Autoloader, loadByNamespace, arginfo_class_Workerman_Autoloader_loadByNamespace, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Autoloader(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman", "Autoloader", class_Workerman_Autoloader_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
