--TEST--
Http\Session\RedisSessionHandler against a real redis-server: setex with Session::$lifetime under the prefix, read, expire, del, database/prefix options, keep-alive ping timer, connect failure
--EXTENSIONS--
workerman
--SKIPIF--
<?php
if (!extension_loaded('redis')) die('skip ext-redis not loaded');
if (!trim((string)shell_exec('command -v redis-server'))) die('skip no redis-server');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\RedisSessionHandler;
use Workerman\Protocols\Http\Session\RedisClusterSessionHandler;
use Workerman\Timer;

/* A private redis-server on a free loopback port, ready once it says so; killed at the end. */
$port = wm_free_port();
$redis_proc = proc_open(['redis-server', '--port', (string)$port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $redis_pipes);
register_shutdown_function(function () use ($redis_proc) { proc_terminate($redis_proc); proc_close($redis_proc); });
$log = '';
$deadline = microtime(true) + 5;
while (strpos($log, 'Ready to accept connections') === false && microtime(true) < $deadline && !feof($redis_pipes[1])) {
    $r = [$redis_pipes[1]]; $w = $e = null;
    if (stream_select($r, $w, $e, 1)) $log .= fread($redis_pipes[1], 8192);
}
if (strpos($log, 'Ready to accept connections') === false) { echo "redis-server did not start: $log\n"; exit; }

$r = new Redis();
$r->connect('127.0.0.1', $port);
Session::handlerClass(RedisSessionHandler::class, ['host' => '127.0.0.1', 'port' => $port, 'database' => 3]);
Session::$gcProbability = [1, 1];
Session::$lifetime = 300;
$s = new Session('r1');
$s->set('a', [1, 2]);
unset($s);
$r->select(3);
var_dump($r->get('redis_session_r1'), $r->ttl('redis_session_r1'));
$s = new Session('r1');
var_dump($s->all());
Session::$autoUpdateTimestamp = true;
Session::$lifetime = 500;
unset($s);
var_dump($r->ttl('redis_session_r1'));
$s = new Session('r1');
$s->flush();
unset($s);
var_dump($r->exists('redis_session_r1'));

echo "-- handler methods, own prefix, database 0\n";
$h = new RedisSessionHandler(['host' => '127.0.0.1', 'port' => $port, 'prefix' => 'pfx_', 'ping' => 0.05]);
$r->select(0);
var_dump($h->write('k', 'v'), $r->get('pfx_k'), $r->ttl('pfx_k'), $h->read('k'), $h->read('none'),
    $h->updateTimestamp('k'), $h->updateTimestamp('none'), $h->destroy('k'), $r->exists('pfx_k'),
    $h->gc(1), $h->open('a', 'b'), $h->close());

echo "-- the keep-alive timer sends GET ping on the handler's connection\n";
$gets = fn() => (int)(preg_match('/calls=(\d+)/', $r->info('commandstats')['cmdstat_get'] ?? '', $m) ? $m[1] : 0);
$before = $gets();
$started = microtime(true);
Timer::add(0.02, function () use ($gets, $before, $started) {
    if ($gets() >= $before + 2 || microtime(true) - $started > 3) {
        echo $gets() >= $before + 2 ? "pinged\n" : "no ping\n";
        Timer::delAll();
    }
});
(new Workerman\Events\Event())->loop();

echo "-- failures\n";
try { new RedisSessionHandler(['host' => '127.0.0.1', 'port' => wm_free_port(), 'timeout' => 1]); }
catch (Throwable $e) { echo get_class($e), "\n"; }
try { new RedisClusterSessionHandler(['host' => ["127.0.0.1:$port"], 'timeout' => 1]); }
catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
string(36) "a:1:{s:1:"a";a:2:{i:0;i:1;i:1;i:2;}}"
int(300)
array(1) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
int(500)
int(0)
-- handler methods, own prefix, database 0
bool(true)
string(1) "v"
int(500)
string(1) "v"
bool(false)
bool(true)
bool(false)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
-- the keep-alive timer sends GET ping on the handler's connection
pinged
-- failures
RedisException
RedisClusterException: Couldn't map cluster keyspace using any provided seed
