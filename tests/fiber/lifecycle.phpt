--TEST--
Fiber mode: a connection closed by the peer or by the server while its onMessage is suspended is handled cleanly; fibers are reused when nobody kept them, not when a WeakMap or a reference holds them (Context, Coroutine::defer)
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
Worker::\$eventLoopClass = Workerman\Events\Fiber::class;
class Watch { public function __construct(public string \$tag) {} public function __destruct() { echo "deferred \$this->tag\\n"; } }
\$contexts = new WeakMap();
\$kept = [];
\$ids = [];
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$msg) use (\$contexts, &\$kept, &\$ids) {
    \$fiber = \\Fiber::getCurrent();
    \$ids[] = spl_object_id(\$fiber);
    switch (\$msg) {
        case 'plain':
            \$c->send('plain');
            return;
        case 'report':
            \$c->send('distinct fibers for 5 plain: ' . count(array_unique(array_slice(\$ids, 0, 5))) . ', context entries: ' . count(\$contexts));
            return;
        case 'context':
            \$contexts[\$fiber] = new Watch('context');
            \$c->send('context');
            return;
        case 'keep':
            \$kept[] = \$fiber;
            \$c->send('kept');
            return;
        case 'after':
            \$c->send(in_array(spl_object_id(\$fiber), array_map('spl_object_id', \$kept), true) ? 'reused a kept fiber' : 'fresh');
            return;
        case 'peer-closes':
            echo "suspended\\n";
            Timer::sleep(0.2);
            var_dump(\$c->send('late'));
            echo "resumed after peer close, status ", \$c->getStatus(), "\\n";
            return;
        case 'server-closes':
            Timer::add(0.05, fn () => \$c->close(), [], false);
            Timer::sleep(0.2);
            var_dump(\$c->send('late'));
            echo "resumed after server close\\n";
            return;
    }
};
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
for ($i = 0; $i < 5; $i++) {
    fwrite($c, "plain\n");
    wm_read_exact($c, 6);
}
fwrite($c, "context\n");
wm_read_exact($c, 8);
$server->waitFor("deferred context\n");
fwrite($c, "report\n");
echo wm_read_exact($c, 51);
fwrite($c, "keep\n");
wm_read_exact($c, 5);
fwrite($c, "after\n");
echo wm_read_exact($c, 6);
fclose($c);
$server->waitFor("close\n");

$c = wm_connect($port);
fwrite($c, "peer-closes\n");
$server->waitFor("suspended\n");
fclose($c);
$server->waitFor("resumed after peer close");
$c = wm_connect($port);
fwrite($c, "server-closes\n");
echo json_encode(wm_read_all($c)), "\n";
$server->waitFor("resumed after server close\n");
$out = $server->stop();
preg_match_all('~(deferred context|resumed after peer close, status \d+|resumed after server close|bool\((?:true|false)\)|NULL|close)\n~', $out, $m);
echo implode("\n", $m[1]), "\n";
?>
--EXPECT--
distinct fibers for 5 plain: 1, context entries: 0
fresh
""
deferred context
close
close
bool(false)
resumed after peer close, status 16
close
bool(false)
resumed after server close
