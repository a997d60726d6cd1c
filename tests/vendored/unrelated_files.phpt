--TEST--
Vendored tree: beside a skipped tree, an app's own Worker.php (outside the tree, or in a directory named Workerman) loads normally, and a Workerman-shaped Worker.php outside any tree compiles as it is
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$root = wm_vendored_dir();
wm_vendored_tree($root);
$h = wm_vendored_header();
wm_vendored_write($root, [
    'app/Worker.php' => $h . "namespace App;\n\nclass Worker\n{\n    const ROLE = 'app worker';\n}\n",
    'app/Workerman/Worker.php' => $h . "namespace App\\Workerman;\n\nclass Worker\n{\n    const ROLE = 'app worker in a Workerman dir';\n}\n",
    'app/lib/Worker.php' => $h . "namespace Workerman;\n\nclass Worker\n{\n}\n",
]);
var_dump(require_once "$root/Workerman/Autoloader.php");
var_dump(require_once "$root/Workerman/Worker.php");
var_dump(require "$root/app/Worker.php", App\Worker::ROLE);
var_dump(require "$root/app/Workerman/Worker.php", App\Workerman\Worker::ROLE);
/* Same content as a tree's Worker.php, but app/lib is no Workerman tree: PHP refuses it. */
echo wm_vendored_run("require '$root/app/lib/Worker.php';");
?>
--EXPECTF--
int(1)
int(1)
int(1)
string(10) "app worker"
int(1)
string(29) "app worker in a Workerman dir"
%AFatal error: Cannot declare class Workerman\Worker, because the name is already in use in %s/app/lib/Worker.php on line %d
