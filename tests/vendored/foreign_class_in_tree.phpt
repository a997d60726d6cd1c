--TEST--
Vendored tree: its files declaring a class or constant the extension lacks compile and run as they are (and the tree's Autoloader loads such classes from the tree); a file mixing ours and others is compiled too
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$root = wm_vendored_dir();
wm_vendored_tree($root);
wm_vendored_tree($root, 'other/Workerman');
$h = wm_vendored_header();
wm_vendored_write($root, [
    'Workerman/Events/Swoole.php' => $h . "namespace Workerman\\Events;\n\nclass Swoole\n{\n    public static function name()\n    {\n        return 'swoole loop';\n    }\n}\n",
    'Workerman/Events/React/Base.php' => $h . "namespace Workerman\\Events\\React;\n\nclass Base\n{\n    const KIND = 'react';\n}\n",
    'Workerman/Protocols/Http.php' => $h . "namespace Workerman\\Protocols;\n\nclass Http\n{\n}\n\nclass HttpCache\n{\n}\n",
    'other/Workerman/Lib/Constants.php' => $h . "const WORKERMAN_CONNECT_FAIL = 1;\nconst MY_APP_FLAG = 3;\n",
]);
var_dump(require_once "$root/Workerman/Autoloader.php");
var_dump(require_once "$root/Workerman/Events/Swoole.php", Workerman\Events\Swoole::name());
/* Not ours: the tree's Autoloader (stood in for by ours) finds it in the tree. */
var_dump(Workerman\Events\React\Base::KIND);
var_dump(require "$root/other/Workerman/Lib/Constants.php", MY_APP_FLAG);
echo wm_vendored_run("require '$root/Workerman/Protocols/Http.php';");
?>
--EXPECTF--
int(1)
int(1)
string(11) "swoole loop"
string(5) "react"

Warning: Constant WORKERMAN_CONNECT_FAIL already defined in %s/other/Workerman/Lib/Constants.php on line %d
int(1)
int(3)
%AFatal error: Cannot declare class Workerman\Protocols\Http, because the name is already in use in %s/Workerman/Protocols/Http.php on line %d
