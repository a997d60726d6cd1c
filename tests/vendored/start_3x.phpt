--TEST--
Vendored tree: a 3.x start script requiring its Workerman/Autoloader.php and Worker.php starts and serves; the app's classes load from the tree's parent as that Autoloader did
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$root = wm_vendored_dir();
wm_vendored_tree($root);
wm_vendored_write($root, ['Applications/Chat/Greeter.php' => <<<'PHP'
<?php
namespace Applications\Chat;

class Greeter
{
    public static function greet($who)
    {
        return "hello $who";
    }
}
PHP]);
$port = wm_free_port();
$server = new WmServer(<<<PHP
require_once '$root/Workerman/Autoloader.php';
require_once '$root/Workerman/Worker.php';
use Workerman\Worker;
use Workerman\Lib\Timer;
use Applications\Chat\Greeter;

/* Before any Worker exists: only the tree's Autoloader knows where this class is. */
echo Greeter::greet('master'), "\\n";
\$worker = new Worker('text://127.0.0.1:$port');
\$worker->onWorkerStart = function () {
    Timer::add(0.01, function () { echo "timer ", WORKERMAN_SEND_FAIL, "\\n"; wm_ready(); }, array(), false);
};
\$worker->onMessage = function (\$connection, \$data) {
    \$connection->send(Greeter::greet(\$data));
};
Worker::runAll();
PHP);
$server->waitReady(1);
$c = wm_connect($port);
fwrite($c, "client\n");
var_dump(fgets($c));
fclose($c);
$out = $server->stop();
var_dump(str_contains($out, "hello master\n"), str_contains($out, "timer 2\n"), str_contains($out, 'Cannot declare'));
?>
--EXPECT--
string(13) "hello client
"
bool(true)
bool(true)
bool(false)
