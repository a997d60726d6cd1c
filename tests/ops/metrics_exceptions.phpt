--TEST--
Ops: workerman_worker_exceptions_total counts the Throwables that escaped a callback (here handled by 5.x's $connection->errorHandler, so the process lives on and keeps its series)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/ops.inc';
putenv('WM_API=5'); // 5.x's errorHandler keeps the worker alive after a throw
$port = wm_free_port();
$metrics = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
Worker::\$metricsListen = 'http://127.0.0.1:$metrics';
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) {
    \$c->errorHandler = function (Throwable \$e) use (\$c) { \$c->send('handled'); };
};
\$w->onMessage = function (\$c, \$line) {
    if (\$line === 'boom') { throw new RuntimeException('boom'); }
    \$c->send('ok');
};
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(1);
[, $body] = ops_scrape($metrics);
echo "before ", ops_metric($body, 'workerman_worker_exceptions_total', ['id' => '0']), "\n";
$c = wm_connect($port);
foreach (['boom', 'ok', 'boom', 'boom'] as $line) {
    fwrite($c, "$line\n");
    echo trim(fgets($c)), "\n";
}
[, $body] = ops_scrape($metrics);
echo "after ", ops_metric($body, 'workerman_worker_exceptions_total', ['id' => '0']), "\n";
echo "requests ", ops_metric($body, 'workerman_worker_requests_total', ['id' => '0']), "\n";
fclose($c);
$server->stop();
?>
--EXPECT--
before 0
handled
ok
handled
handled
after 3
requests 4
