--TEST--
Fiber mode: sends to another connection from a callback leave in one writev at the end of the loop turn (strace), also when the callback then suspends; the flush runs in a fiber, and the callback sends again after it resumes
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
exec('command -v strace', $out, $rc);
if ($rc !== 0) die('skip strace not installed');
if (getenv('WM_VALGRIND')) die('skip strace cannot trace a server that runs under valgrind');
?>
--FILE--
<?php
putenv('WM_API=5');
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
Worker::\$eventLoopClass = Workerman\Events\Fiber::class;
\$named = [];
\$waiting = null;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { echo "PID ", posix_getpid(), "\\n"; wm_ready(); };
\$w->onMessage = function (\$c, \$line) use (&\$named, &\$waiting) {
    [\$cmd, \$arg] = explode(' ', \$line . ' ');
    if (\$cmd === 'name') { \$named[\$arg] = \$c; \$c->send('ok'); return; }
    if (\$cmd === 'fan') {
        \$r1 = \$named['A']->send('fan1');
        \$r2 = \$named['A']->send('fan2');
        \$waiting = \\Fiber::getCurrent();
        \$said = \\Fiber::suspend();
        \$named['A']->send("after \$said " . var_export(\$r1, true) . ' ' . var_export(\$r2, true));
        return;
    }
    \$fiber = \$waiting;
    \$waiting = null;
    \$fiber->resume(\$cmd);
};
Worker::runAll();
PHP);
$server->waitReady();
preg_match('/^PID (\d+)$/m', $server->output, $m);
$clients = [];
foreach (['S', 'A'] as $name) {
    $clients[$name] = wm_connect($port);
    fwrite($clients[$name], "name $name\n");
    echo wm_read_exact($clients[$name], 3);
}
$log = $server->dir . '/strace.log';
$strace = proc_open(['strace', '-f', '-s', '200', '-p', $m[1], '-e', 'trace=writev,write,sendmsg,sendto', '-o', $log],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$attached = '';
while (strpos($attached, 'attached') === false && !feof($pipes[2])) {
    $attached .= fgets($pipes[2]);
}
fwrite($clients['S'], "fan\n");
echo wm_read_exact($clients['A'], 10); // while the callback is suspended
fwrite($clients['S'], "go\n");
echo wm_read_exact($clients['A'], strlen("after go true true\n"));
proc_terminate($strace, SIGINT);
proc_close($strace);
$calls = array_filter(file($log, FILE_IGNORE_NEW_LINES), fn ($l) => preg_match('/\b(writev|write|sendmsg|sendto)\(/', $l));
echo "writes with fan1/fan2: ", count(array_filter($calls, fn ($l) => strpos($l, 'fan1') !== false || strpos($l, 'fan2') !== false)), "\n";
$server->stop();
?>
--EXPECT--
ok
ok
fan1
fan2
after go true true
writes with fan1/fan2: 1
