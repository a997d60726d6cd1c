/* wm_vendored.h: Workerman source trees shipped inside an app (the 3.x way: the app requires
 * Workerman/Autoloader.php by path). Their files compile to stand-ins instead of redeclaring
 * our classes; wm_autoloader.c asks where such a tree is, to load from it as its Autoloader did. */
#ifndef WM_VENDORED_H
#define WM_VENDORED_H

/* Installs the zend_compile_file hook and the workerman.skip_vendored_sources INI switch. */
void wm_vendored_minit(int module_number);
void wm_vendored_mshutdown(int module_number);

/* The root directory of the first Workerman tree whose Autoloader.php this request included
 * (new string), or NULL. */
zend_string *wm_vendored_included_tree(void);

/* wm_vendored_scan.c, for wm_vendored.c: true when the PHP source declares at least one class
 * or constant and every class, interface, trait and constant it declares outside function
 * and class bodies exists already, from module_number, under Workerman\ (constants_file: a
 * class need only exist, as Lib/Constants.php declares Error when PHP lacks it), and no named
 * function. `path` only names the source in scanner warnings. */
bool wm_vendored_declares_only_ours(const char *source, size_t len, zend_string *path,
	bool constants_file, int module_number);

#endif
