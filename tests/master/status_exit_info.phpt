--TEST--
Master CLI: status lists exit statistics per worker (raw status and count) once processes have ended
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=4'); /* 4.2.1's bytes; the *5.phpt tests check 5.2.2's */
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->name = 'a';
\$w->onWorkerStart = function (\$w) { echo "pid " . getmypid() . "\\n"; wm_ready(); };
\$v = new Worker();
\$v->name = 'other';
\$v->onWorkerStart = function (\$w) { wm_ready(); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);
preg_match('/^pid (\d+)$/m', $server->output, $m);
wm_kill_pid((int)$m[1], SIGKILL);
$server->waitReady(3);
[$code, $out] = $server->command(['status']);
echo preg_replace('/\A.*?(worker_name  exit_status.*?)-{10,}PROCESS STATUS.*\z/s', '$1', $out);
?>
--EXPECT--
worker_name  exit_status      exit_count
a            9                1
other        0                0
