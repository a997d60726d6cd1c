--TEST--
API profiles: property defaults that differ between the majors: Session::$gcProbability [1, 1000] / [1, 20000] (when php.ini does not set session.gc_*), Worker::$eventLoopClass '' / null, $onWorkerExit an instance property (4.x) / static (5.x), 4.x's dynamic $workerId and static TcpConnection::$_statusToString; getAllWorkers() keyed by spl_object_hash()
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$code = <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Session;
echo json_encode(Session::$gcProbability), ' ', var_export(Worker::$eventLoopClass, true), ' ';
$exit = new ReflectionProperty(Worker::class, 'onWorkerExit');
echo $exit->isStatic() ? 'static' : 'instance', ' ';
$w = new Worker();
echo isset($w->workerId) && $w->workerId === spl_object_hash($w) ? 'workerId' : 'no-workerId', ' ';
echo array_keys(Worker::getAllWorkers()) === [spl_object_hash($w)] ? 'hash-keys' : 'other-keys', ' ';
$w->onWorkerExit = fn () => 'instance callback';
echo ($w->onWorkerExit)(), "\n";
echo '   ', isset(Workerman\Connection\TcpConnection::$_statusToString) ? json_encode(Workerman\Connection\AsyncTcpConnection::$_statusToString) : 'no $_statusToString', "\n";
PHP;
foreach (['4', '5'] as $api) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "workerman.api=$api", '-d', 'session.gc_probability=0', '-r', $code];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo "$api: ", stream_get_contents($pipes[1]);
    proc_close($p);
}
?>
--EXPECT--
4: [1,1000] '' instance workerId hash-keys instance callback
   {"0":"INITIAL","1":"CONNECTING","2":"ESTABLISHED","4":"CLOSING","8":"CLOSED"}
5: [1,20000] NULL static no-workerId hash-keys instance callback
   no $_statusToString
