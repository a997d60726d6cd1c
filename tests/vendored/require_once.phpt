--TEST--
Vendored tree: require/include of a skipped file return 1 as for the real file, the _once forms then return true, a second plain require redeclares nothing, and the native classes stand in
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$root = wm_vendored_dir();
wm_vendored_tree($root);
var_dump(require_once "$root/Workerman/Autoloader.php");
var_dump(require_once "$root/Workerman/Autoloader.php");
var_dump(include "$root/Workerman/Worker.php");
var_dump(require_once "$root/Workerman/Worker.php");
var_dump(include_once "$root/Workerman/Lib/../Worker.php");
var_dump(require "$root/Workerman/Worker.php");
var_dump(require_once "$root/Workerman/Lib/Constants.php", require_once "$root/Workerman/Lib/Timer.php");
$included = array_values(array_filter(get_included_files(), fn ($f) => str_starts_with($f, $root)));
var_dump(str_replace($root, 'ROOT', $included));
var_dump((new ReflectionClass('Workerman\Worker'))->isInternal(), (new ReflectionClass('Workerman\Lib\Timer'))->isInternal());
var_dump(WORKERMAN_CONNECT_FAIL, class_exists('Shadow', false), class_exists('Quoted', false), class_exists('InHeredoc', false));
?>
--EXPECT--
int(1)
bool(true)
int(1)
bool(true)
bool(true)
int(1)
int(1)
int(1)
array(4) {
  [0]=>
  string(29) "ROOT/Workerman/Autoloader.php"
  [1]=>
  string(25) "ROOT/Workerman/Worker.php"
  [2]=>
  string(32) "ROOT/Workerman/Lib/Constants.php"
  [3]=>
  string(28) "ROOT/Workerman/Lib/Timer.php"
}
bool(true)
bool(true)
int(1)
bool(false)
bool(false)
bool(false)
