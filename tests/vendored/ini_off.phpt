--TEST--
Vendored tree: workerman.skip_vendored_sources=0 (settable at run time) compiles the tree's files as they are
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$root = wm_vendored_dir();
wm_vendored_tree($root);
var_dump(require "$root/Workerman/Worker.php");
var_dump(ini_set('workerman.skip_vendored_sources', '0'));
require "$root/Workerman/Lib/Timer.php";
?>
--EXPECTF--
int(1)
string(1) "1"

Fatal error: Cannot declare class Workerman\Lib\Timer, because the name is already in use in %s/Workerman/Lib/Timer.php on line %d
