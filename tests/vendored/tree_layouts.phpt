--TEST--
Vendored tree: recognised as a directory named Workerman, a checkout whose composer.json names workerman/workerman, its src/ (5.x) and composer's vendor/workerman/workerman; an app whose composer.json only requires Workerman is no tree
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$root = wm_vendored_dir();
$h = wm_vendored_header();
$package = "{\n    \"name\" : \"workerman/workerman\",\n    \"type\": \"library\",\n    \"authors\": [{\"name\": \"someone\"}]\n}\n";
wm_vendored_tree($root, 'workerman-3.5.35');
wm_vendored_write($root, [
    'workerman-3.5.35/composer.json' => $package,
    'wm5/composer.json' => $package,
    'wm5/src/Timer.php' => $h . "declare(strict_types=1);\n\nnamespace Workerman;\n\nclass Timer\n{\n}\n",
    'wm5/src/Protocols/Http/Request.php' => $h . "namespace Workerman\\Protocols\\Http;\n\nclass Request implements \\Stringable\n{\n    public function __toString(): string\n    {\n        return '';\n    }\n}\n",
    'vendor/workerman/workerman/src/Worker.php' => $h . "namespace Workerman;\n\nclass Worker\n{\n}\n",
    'vendor/WORKERMAN/workerman/Connection/TcpConnection.php' => $h . "namespace Workerman\\Connection;\n\nclass TcpConnection\n{\n}\n",
    'app/composer.json' => "{\n    \"name\": \"acme/app\",\n    \"require\": {\"workerman/workerman\": \"^3.5\"}\n}\n",
    'app/Worker.php' => $h . "namespace Workerman;\n\nclass Worker\n{\n}\n",
]);
var_dump(require "$root/workerman-3.5.35/Autoloader.php");
var_dump(require "$root/workerman-3.5.35/Worker.php");
var_dump(require "$root/wm5/src/Timer.php");
var_dump(require "$root/wm5/src/Protocols/Http/Request.php");
var_dump(require "$root/vendor/workerman/workerman/src/Worker.php");
var_dump(require "$root/vendor/WORKERMAN/workerman/Connection/TcpConnection.php");
echo wm_vendored_run("require '$root/app/Worker.php';");
?>
--EXPECTF--
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
%AFatal error: Cannot declare class Workerman\Worker, because the name is already in use in %s/app/Worker.php on line %d
