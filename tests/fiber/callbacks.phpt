--TEST--
Fiber mode: every kind of callback runs in a fiber and may suspend on Timer::sleep() while the worker serves others
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5');
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Events\Fiber;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->eventLoop = Fiber::class;
function in_fiber(string \$what) { echo \$what, ':', \\Fiber::getCurrent() ? 'fiber' : 'main', "\\n"; }
\$w->onWorkerStart = function () {
    in_fiber('start');
    echo 'class:', Worker::\$eventLoopClass === Fiber::class && Worker::getEventLoop() instanceof Fiber ? 'Fiber' : 'other', "\\n";
    Timer::sleep(0.05);
    Timer::add(0.01, function () { in_fiber('timer'); Timer::sleep(0.01); echo "timer-resumed\\n"; }, [], false);
    [\$a, \$b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    Worker::getEventLoop()->onReadable(\$b, function (\$s) use (&\$a) {
        Worker::getEventLoop()->offReadable(\$s);
        in_fiber('readable');
        Timer::sleep(0.01);
        echo 'read:', fread(\$s, 10), "\\n";
    });
    fwrite(\$a, 'ping');
    Timer::sleep(0.05);
    echo "start-done\\n";
    wm_ready();
};
\$w->onConnect = function (\$c) { in_fiber('connect'); Timer::sleep(0.01); echo "connect-done\\n"; };
\$w->onMessage = function (\$c, \$data) {
    in_fiber('message');
    if (\$data === 'slow') {
        Timer::sleep(0.3);
    }
    \$c->send("done:\$data");
};
\$w->onClose = function (\$c) { in_fiber('close'); Timer::sleep(0.01); echo "close-done\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$slow = wm_connect($port);
fwrite($slow, 'slow');
$t = microtime(true);
$fast = wm_connect($port);
fwrite($fast, 'fast');
echo wm_read_exact($fast, 9), "\n";
echo 'fast answered during the sleep: ', microtime(true) - $t < 0.25 ? 'yes' : 'no', "\n";
echo wm_read_exact($slow, 9), "\n";
fclose($fast);
fclose($slow);
$server->waitFor("close-done\n", 2);
$out = $server->stop();
$lines = array_count_values(array_filter(explode("\n", $out), fn ($l) => $l !== '' && !str_starts_with($l, 'WM_READY') && strpos($l, 'Workerman') === false && !str_contains($l, '---') && !str_contains($l, 'Press') && !str_contains($l, 'event-loop') && !str_contains($l, 'tcp://')));
ksort($lines);
foreach ($lines as $line => $n) {
    echo "$line x$n\n";
}
?>
--EXPECT--
done:fast
fast answered during the sleep: yes
done:slow
class:Fiber x1
close-done x2
close:fiber x2
connect-done x2
connect:fiber x2
message:fiber x2
read:ping x1
readable:fiber x1
start-done x1
start:fiber x1
timer-resumed x1
timer:fiber x1
