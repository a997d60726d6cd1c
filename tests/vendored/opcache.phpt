--TEST--
Vendored tree: with opcache (file cache), the stand-ins are cached like any script and a second run served from the cache still gets the tree's Autoloader behaviour
--EXTENSIONS--
workerman
--SKIPIF--
<?php
require __DIR__ . '/vendored.inc';
if (!str_contains(wm_vendored_run('var_dump(function_exists("opcache_get_status"));', ['zend_extension' => 'opcache']), 'true')) {
    die('skip opcache cannot be loaded');
}
?>
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$root = wm_vendored_dir();
wm_vendored_tree($root);
wm_vendored_write($root, ['Applications/Greeter.php' => "<?php\nnamespace Applications;\n\nclass Greeter\n{\n    const HELLO = 'hello from the app';\n}\n"]);
mkdir("$root/cache");
$ini = ['zend_extension' => 'opcache', 'opcache.enable_cli' => 1, 'opcache.file_cache' => "$root/cache",
    'opcache.file_update_protection' => 0];
$code = "var_dump(require_once '$root/Workerman/Autoloader.php', require_once '$root/Workerman/Worker.php', "
    . "Applications\\Greeter::HELLO, opcache_is_script_cached('$root/Workerman/Worker.php'));";
echo wm_vendored_run($code, $ini);
$cached = new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$root/cache", FilesystemIterator::SKIP_DOTS));
var_dump(count(array_filter(iterator_to_array($cached), fn ($f) => str_contains($f, '/Workerman/Autoloader.php'))));
echo wm_vendored_run($code, $ini);
?>
--EXPECT--
int(1)
int(1)
string(18) "hello from the app"
bool(true)
int(1)
int(1)
int(1)
string(18) "hello from the app"
bool(true)
