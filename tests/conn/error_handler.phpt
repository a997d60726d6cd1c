--TEST--
5.x $connection->errorHandler: an exception from the connection's callbacks goes to it (the worker lives on and keeps serving), error($e) called by hand goes to it too; a handler that throws ends the worker with 250 as 5.x's error() does
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5'); // 5.x's error()/errorHandler
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) {
    \$c->errorHandler = function (Throwable \$e) use (\$c) { echo 'handled ', \$e->getMessage(), "\\n"; \$c->send('handled ' . \$e->getMessage()); };
};
\$w->onMessage = function (\$c, \$line) {
    if (\$line === 'throw') { throw new RuntimeException('from onMessage'); }
    if (\$line === 'direct') { \$c->error(new LogicException('by hand')); return; }
    if (\$line === 'bad-handler') { \$c->errorHandler = function () { throw new Exception('handler failed'); }; throw new Exception('x'); }
    \$c->send("echo \$line");
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
foreach (['throw', 'direct', 'still here'] as $line) {
    fwrite($c, "$line\n");
    echo trim(fgets($c)), "\n";
}
if (!wm_valgrind()) { // the exit and respawn outlast run-tests' limit under valgrind
    fwrite($c, "bad-handler\n");
    $server->waitFor('exit with status 250');
}
$out = $server->stop();
echo substr_count($out, 'handled '), ' ', wm_valgrind() || str_contains($out, 'handler failed') ? 'logged' : 'not logged', "\n";
?>
--EXPECT--
handled from onMessage
handled by hand
echo still here
2 logged
