--TEST--
runAll() refuses a callback property holding a truthy non-callable (a missing function, an int, a missing method, on a Worker, its dynamic onWebSocket* ones, Worker's statics) with a TypeError naming the property, exit non-zero before any worker starts; every valid form still starts and is called (closure, 'func', [$obj, 'method'], a protected method of a Worker subclass, 'Class::method' autoloaded, [class, method], an invokable, first-class callable), falsy values mean none
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
// valid forms: the server starts and each callback runs once
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
spl_autoload_register(function (\$class) {
    if (\$class === 'Lazy') { eval('class Lazy { static function close(\$c) { echo "static close\\n"; } }'); }
});
function on_connect(\$c) { echo "function connect\\n"; }
class Handler { function buffer(\$c) {} public function __invoke(\$c, \$d) { echo "invokable message\\n"; \$c->close(); } }
class Starter { static function start(\$w) { echo "static start\\n"; wm_ready(); } }
class MyWorker extends Worker {
    public function __construct(\$name) {
        parent::__construct(\$name);
        \$this->onWorkerStart = [\$this, 'started'];
    }
    protected function started(\$w) { echo "protected start\\n"; Starter::start(\$w); }
}
\$w = new MyWorker('text://127.0.0.1:$port');
\$w->onConnect = 'on_connect';
\$w->onMessage = new Handler();
\$w->onClose = 'Lazy::close';
\$w->onBufferFull = [new Handler(), 'buffer'];
\$w->onBufferDrain = ['Lazy', 'close'];
\$w->onError = strlen(...);
\$w->onWorkerStop = function () {};
\$w->onWorkerReload = null;
\$w->onWebSocketPing = false;
\$w->onWebSocketPong = '';
\$w->onWebSocketClose = 0;
Worker::\$onMasterReload = [];
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "hi\n");
wm_read_all($c);
$server->waitFor("static close\n");
$out = $server->stop();
foreach (['protected start', 'static start', 'function connect', 'invokable message', 'static close'] as $line) {
    echo $line, ': ', str_contains($out, "$line\n") ? 'yes' : 'no', "\n";
}

// invalid ones: one run each
$cases = [
    "\$w->onMessage = 'no_such_function';",
    "\$w->onMessage = 5;",
    "\$w->onConnect = [new ArrayObject(), 'noSuchMethod'];",
    "\$w->onClose = 'NoSuchClass::close';",
    "\$w->name = 'chat'; \$w->onWebSocketConnect = 'nope';",
    "\$w->onWebSocketPing = true;",
    "Worker::\$onMasterStop = 'nope';",
];
foreach ($cases as $i => $case) {
    $port = wm_free_port();
    $server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { echo "worker started\\n"; };
$case
Worker::runAll();
PHP);
    $code = $server->wait();
    preg_match('/Uncaught (\w+): (.*) in \//', $server->output, $m);
    $msg = str_replace((string)$port, 'PORT', $m[2] ?? "no message in:\n$server->output");
    printf("%d: exit %s, %s, %s: %s\n", $i, $code === 0 ? 'zero' : 'non-zero',
        str_contains($server->output, 'worker started') ? 'a worker started' : 'no worker', $m[1] ?? '', $msg);
    $server->kill();
}
?>
--EXPECT--
protected start: yes
static start: yes
function connect: yes
invokable message: yes
static close: yes
0: exit non-zero, no worker, TypeError: Workerman\Worker::$onMessage must be a valid callback or null, function "no_such_function" not found or invalid function name (worker "none" on websocket://127.0.0.1:PORT)
1: exit non-zero, no worker, TypeError: Workerman\Worker::$onMessage must be a valid callback or null, no array or string given (worker "none" on websocket://127.0.0.1:PORT)
2: exit non-zero, no worker, TypeError: Workerman\Worker::$onConnect must be a valid callback or null, class ArrayObject does not have a method "noSuchMethod" (worker "none" on websocket://127.0.0.1:PORT)
3: exit non-zero, no worker, TypeError: Workerman\Worker::$onClose must be a valid callback or null, class "NoSuchClass" not found (worker "none" on websocket://127.0.0.1:PORT)
4: exit non-zero, no worker, TypeError: Workerman\Worker::$onWebSocketConnect must be a valid callback or null, function "nope" not found or invalid function name (worker "chat" on websocket://127.0.0.1:PORT)
5: exit non-zero, no worker, TypeError: Workerman\Worker::$onWebSocketPing must be a valid callback or null, no array or string given (worker "none" on websocket://127.0.0.1:PORT)
6: exit non-zero, no worker, TypeError: Workerman\Worker::$onMasterStop must be a valid callback or null, function "nope" not found or invalid function name
