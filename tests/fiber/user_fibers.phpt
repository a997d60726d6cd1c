--TEST--
Fiber mode: what workerman/coroutine's Fiber drivers do works: Fiber::suspend() resumed from a timer (Channel), a user Fiber sleeping inside a callback (Coroutine::create), a hand-off between two connections' callbacks, Timer::sleep() outside any fiber blocks
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
/* A one-slot channel in the style of workerman/coroutine's Channel\\Fiber. */
final class Slot {
    private array \$waiting = [];
    private array \$items = [];
    public function push(\$v): void {
        if (\$this->waiting) { array_shift(\$this->waiting)->resume(\$v); return; }
        \$this->items[] = \$v;
    }
    public function pop(float \$timeout) {
        if (\$this->items) { return array_shift(\$this->items); }
        \$fiber = \\Fiber::getCurrent();
        \$this->waiting[] = \$fiber;
        \$timer = Timer::delay(\$timeout, function () use (\$fiber) {
            \$this->waiting = array_values(array_filter(\$this->waiting, fn (\$f) => \$f !== \$fiber));
            \$fiber->resume(false);
        });
        \$v = \\Fiber::suspend();
        Timer::del(\$timer);
        return \$v;
    }
}
\$slot = new Slot();
\$t = microtime(true);
Timer::sleep(0.05);
echo "outside a fiber: ", microtime(true) - \$t >= 0.05 ? 'blocked' : 'returned early', "\\n";
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$msg) use (\$slot) {
    switch (\$msg) {
        case 'wait':
            \$c->send('got ' . var_export(\$slot->pop(2.0), true));
            return;
        case 'timeout':
            \$c->send('got ' . var_export(\$slot->pop(0.05), true));
            return;
        case 'give':
            \$slot->push('gift');
            \$c->send('given');
            return;
        case 'coroutines':
            \$order = [];
            foreach ([0.06, 0.02, 0.04] as \$i => \$d) {
                (new \\Fiber(function () use (\$d, \$i, &\$order, \$c) {
                    Timer::sleep(\$d);
                    \$order[] = \$i;
                    if (count(\$order) === 3) {
                        \$c->send('order ' . implode(',', \$order));
                    }
                }))->start();
            }
            return;
    }
};
Worker::runAll();
PHP);
$server->waitReady();
$a = wm_connect($port);
$b = wm_connect($port);
fwrite($a, "wait\n");
fwrite($b, "give\n");
echo wm_read_exact($b, 6);
echo wm_read_exact($a, 11);
fwrite($a, "timeout\n");
echo wm_read_exact($a, 10);
fwrite($b, "coroutines\n");
echo wm_read_exact($b, 12);
fclose($a);
fclose($b);
$out = $server->stop();
echo preg_match('/outside a fiber: (\w+)/', $out, $m) ? $m[1] : 'missing', "\n";
?>
--EXPECT--
given
got 'gift'
got false
order 1,2,0
blocked
