--TEST--
Autoloader: Protocols\X loads from <dir of the file that constructed the Worker>/Protocols/X.php (Workerman 4)
--EXTENSIONS--
workerman
--FILE--
<?php
$dir = sys_get_temp_dir() . '/wm-autoload-' . getmypid();
@mkdir("$dir/Protocols", 0777, true);
file_put_contents("$dir/Protocols/Line.php", '<?php namespace Protocols; class Line { public static function input($b) { return 0; } }');
file_put_contents("$dir/make.php", '<?php return new Workerman\Worker("line://127.0.0.1:0");');
$worker = require "$dir/make.php";
var_dump(Workerman\Autoloader::loadByNamespace('Nope\Missing'));
$worker->listen();
var_dump($worker->protocol, class_exists('Protocols\Line', false));
Workerman\Autoloader::setRootPath('/nonexistent');
var_dump(class_exists('Protocols\Other'));
unlink("$dir/Protocols/Line.php"); unlink("$dir/make.php"); rmdir("$dir/Protocols"); rmdir($dir);
?>
--EXPECT--
bool(false)
string(14) "Protocols\Line"
bool(true)
bool(false)
