--TEST--
API profile 4: 4.2.1's public internals (acceptConnection, signalHandler, Timer::tick, baseRead...) are declared, 5.x-only methods are not, and a 4.x subclass declaring those names with 4.x signatures loads; profile 5 keeps its own set
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$code = <<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\TcpConnection;
use Workerman\Events\Event;
function sig($class, $method) {
    if (!method_exists($class, $method)) {
        return "$method:-";
    }
    $m = new ReflectionMethod($class, $method);
    $params = array_map(fn ($p) => ($p->isOptional() ? '?' : '') . $p->getName(), $m->getParameters());
    return $method . ($m->isStatic() ? '::' : '->') . ($m->isPublic() ? '' : 'protected ') . '(' . implode(',', $params) . ')';
}
$checks = [
    [Worker::class, ['acceptConnection', 'acceptUdpConnection', 'reloadAllWorkers', 'signalHandler', 'checkIfChildRunning', 'listen', 'stop', 'log', 'isRunning', 'getArgv']],
    [Timer::class, ['tick', 'signalHandle', 'repeat', 'delay', 'sleep', 'getTimerCount']],
    [TcpConnection::class, ['baseRead', 'baseWrite', 'doSslHandshake', 'end']],
    [Event::class, ['run', 'stop', 'delay', 'onReadable', 'setErrorHandler', 'loop', 'destroy', 'getTimerCount']],
];
foreach ($checks as [$class, $methods]) {
    echo substr(strrchr($class, '\\'), 1), ': ', implode(' ', array_map(fn ($m) => sig($class, $m), $methods)), "\n";
}
if (Worker::VERSION[0] === '4') {
    // What a 4.x app may declare in its subclasses: fatal if the parent had 5.x's signatures.
    eval('class AppWorker extends Workerman\Worker {
        public $onWorkerExit;
        public function listen() { return parent::listen(); }
        public function stop() { parent::stop(); }
        public static function log($msg) { parent::log($msg); }
        public function isRunning() { return true; }
        public static function getArgv($all = false) { return []; }
    }
    class AppConnection extends Workerman\Connection\AsyncTcpConnection { public function end() { return "app end"; } }
    class AppTimer extends Workerman\Timer { public static function delay($seconds, $func) { return 0; } }
    class AppLoop extends Workerman\Events\Event { public function run() {} public function stop() {} }');
    $w = new AppWorker();
    var_dump((new AppConnection('tcp://127.0.0.1:1'))->end(), $w->isRunning(), property_exists($w, 'onWorkerExit'));
    var_dump($w->workerId === spl_object_hash($w), array_keys(Worker::getAllWorkers()) === [spl_object_hash($w)]);
    Worker::checkIfChildRunning(); // before runAll(): no children, nothing to do
    var_dump(Worker::getStatus());
}
PHP;
foreach (['4', '5'] as $api) {
    $p = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "workerman.api=$api", '-r', $code], [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo "$api:\n", stream_get_contents($pipes[1]);
    proc_close($p);
}
?>
--EXPECT--
4:
Worker: acceptConnection->(socket) acceptUdpConnection->(socket) reloadAllWorkers::() signalHandler::(signal) checkIfChildRunning::() listen->() stop->() log::(msg) isRunning:- getArgv:-
Timer: tick::() signalHandle::() repeat:- delay:- sleep:- getTimerCount:-
TcpConnection: baseRead->(socket,?check_eof) baseWrite->() doSslHandshake->(socket) end:-
Event: run:- stop:- delay:- onReadable:- setErrorHandler:- loop->() destroy->() getTimerCount->()
string(7) "app end"
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
5:
Worker: acceptConnection:- acceptUdpConnection:- reloadAllWorkers:- signalHandler:- checkIfChildRunning:- listen->(?autoAccept) stop->(?force) log::(msg,?decorated) isRunning::() getArgv::()
Timer: tick:- signalHandle::() repeat::(timeInterval,func,?args) delay::(timeInterval,func,?args) sleep::(delay) getTimerCount::()
TcpConnection: baseRead->(socket,?checkEof) baseWrite->() doSslHandshake->(socket) end->(?data,?raw)
Event: run->() stop->() delay->(delay,func,?args) onReadable->(stream,func) setErrorHandler->(errorHandler) loop->() destroy->() getTimerCount->()
