--TEST--
API profiles: named arguments, VERSION and constants follow workerman.api (4: 4.2.1's snake_case names and STATUS values; 5: 5.2.2's)
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$code = <<<'PHP'
use Workerman\Connection\TcpConnection;
use Workerman\Timer;
use Workerman\Worker;
echo Worker::VERSION, ' ', TcpConnection::STATUS_CLOSING, ' ', TcpConnection::STATUS_CLOSED, ' ', TcpConnection::READ_BUFFER_SIZE, ' ';
echo defined(TcpConnection::class . '::STATUS_ENDING') ? 'ENDING ' : 'no-ENDING ';
echo defined(Worker::class . '::ERROR_TYPE') ? 'ERROR_TYPE ' : 'no-ERROR_TYPE ';
foreach ([fn () => Timer::del(timer_id: 1), fn () => Timer::del(timerId: 1), fn () => new Worker(socket_name: ''), fn () => new Worker(socketName: '')] as $i => $call) {
    try { $call(); echo "$i:ok "; } catch (Error $e) { echo "$i:", $e->getMessage(), ' '; }
}
echo implode(',', array_map(fn ($p) => $p->getName(), (new ReflectionMethod(TcpConnection::class, 'send'))->getParameters())), "\n";
PHP;
foreach (['4', '5'] as $api) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "workerman.api=$api", '-r', $code];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo "$api: ", stream_get_contents($pipes[1]);
    proc_close($p);
}
?>
--EXPECT--
4: 4.2.1 4 8 65535 no-ENDING no-ERROR_TYPE 0:ok 1:Unknown named parameter $timerId 2:ok 3:Unknown named parameter $socketName send_buffer,raw
5: 5.2.2 8 16 87380 ENDING ERROR_TYPE 0:Unknown named parameter $timer_id 1:ok 2:Unknown named parameter $socket_name 3:ok sendBuffer,raw
