/* php_workerman.h: the module entry and version of the workerman extension.
 * Everything else the files share lives in wm_private.h. */
#ifndef PHP_WORKERMAN_H
#define PHP_WORKERMAN_H

extern zend_module_entry workerman_module_entry;
#define phpext_workerman_ptr &workerman_module_entry

#define PHP_WORKERMAN_VERSION "0.1.0"

#endif
