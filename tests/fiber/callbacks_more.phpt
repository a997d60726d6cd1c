--TEST--
Fiber mode: UDP onMessage, AsyncTcpConnection onConnect/onMessage, onBufferFull/onBufferDrain and a PHP signal handler run in fibers and may suspend
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5');
require __DIR__ . '/../include/server.inc';
$udp = wm_free_udp_port();
$tcp = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
Worker::\$eventLoopClass = Workerman\Events\Fiber::class;
function where(string \$what) { echo \$what, ':', \\Fiber::getCurrent() ? 'fiber' : 'main', "\\n"; }
\$u = new Worker('udp://127.0.0.1:$udp');
\$u->onMessage = function (\$c, \$data) {
    where('udp');
    Timer::sleep(0.01);
    \$c->send("udp:\$data");
};
\$t = new Worker('tcp://127.0.0.1:$tcp');
\$t->onMessage = function (\$c, \$data) {
    if (\$data === 'big') {
        \$c->maxSendBufferSize = 1024;
        \$c->onBufferFull = function () { where('full'); Timer::sleep(0.01); echo "full-resumed\\n"; };
        \$c->onBufferDrain = function () { where('drain'); Timer::sleep(0.01); echo "drain-resumed\\n"; };
        \$c->send(str_repeat('x', 8 * 1024 * 1024));
        return;
    }
    \$c->send("tcp:\$data");
};
\$t->onWorkerStart = function () use (\$tcp) {
    Worker::getEventLoop()->onSignal(SIGUSR2, function () { where('signal'); Timer::sleep(0.01); echo "signal-resumed\\n"; });
    \$a = new AsyncTcpConnection('tcp://127.0.0.1:$tcp');
    \$a->onConnect = function (\$a) { where('async-connect'); Timer::sleep(0.01); \$a->send('ping'); };
    \$a->onMessage = function (\$a, \$data) { where('async-message'); Timer::sleep(0.01); echo "async got \$data\\n"; \$a->close(); };
    \$a->connect();
    echo "worker pid ", getmypid(), "\\n";
};
Worker::runAll();
PHP);
$server->waitFor("async got tcp:ping\n");
$c = wm_udp_client("udp://127.0.0.1:$udp");
fwrite($c, 'hey');
echo wm_udp_recv($c), "\n";
$s = wm_connect($tcp);
fwrite($s, 'big');
$server->waitFor("full-resumed\n");
$got = 0;
while ($got < 8 * 1024 * 1024) {
    $chunk = fread($s, 1 << 20);
    if ($chunk === '' || $chunk === false) {
        break;
    }
    $got += strlen($chunk);
}
echo "read $got\n";
$server->waitFor("drain-resumed\n");
preg_match('/worker pid (\d+)/', $server->output, $m);
wm_kill_pid((int)$m[1], SIGUSR2);
$server->waitFor("signal-resumed\n");
$out = $server->stop();
preg_match_all('/^(\w[\w-]*:(?:fiber|main))$/m', $out, $m);
sort($m[1]);
echo implode(' ', array_unique($m[1])), "\n";
?>
--EXPECT--
udp:hey
read 8388608
async-connect:fiber async-message:fiber drain:fiber full:fiber signal:fiber udp:fiber
