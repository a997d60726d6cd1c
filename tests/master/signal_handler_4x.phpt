--TEST--
Worker::signalHandler($signal) [4]: called by hand it does what the process does on that signal: SIGUSR1 in a worker runs onWorkerReload and ends it (respawned), in the master reloads the workers, SIGINT ("2") stops a worker; other signals do nothing
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=4'); // a 4.2.1 method
$port = wm_free_port();
$flag = sys_get_temp_dir() . '/wm-signal-handler-' . getmypid() . '-' . bin2hex(random_bytes(4));
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) { echo "start\\n"; wm_ready(); };
\$w->onWorkerReload = function (\$w) { echo "reload\\n"; };
\$w->onMessage = function (\$c, \$data) {
    if (\$data === 'other') {
        Worker::signalHandler(SIGALRM);
        Worker::signalHandler('x');
        \$c->send('still ' . Worker::getStatus());
    } elseif (\$data === 'usr1') {
        Worker::signalHandler(SIGUSR1);
    } elseif (\$data === 'int') {
        Worker::signalHandler('2');
    }
};
\$master = posix_getpid();
Timer::add(0.02, function () use (\$master) {
    if (posix_getpid() === \$master && file_exists('$flag')) {
        unlink('$flag');
        echo "master usr1\\n";
        Worker::signalHandler(SIGUSR1);
    }
});
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(1);
$c = wm_connect($port);
fwrite($c, "other\n");
echo wm_read_exact($c, 8);
fwrite($c, "usr1\n");
$server->waitReady(2);
touch($flag);
$server->waitReady(3);
$c = wm_connect($port);
fwrite($c, "int\n");
$server->waitReady(4);
$out = $server->stop();
echo preg_replace('/^(?!start|reload|master).*\n/m', '', $out);
var_dump(substr_count($out, 'exit with status'));
?>
--EXPECT--
still 2
start
reload
start
master usr1
reload
start
start
int(0)
