--TEST--
Http\Request::sessionId()/session() as 4.2.1: the Session::$name cookie, else a new 32-hex id with its Set-Cookie line queued on the connection (headers['Set-Cookie'], where the Http encoder merges it), false with a message when detached; the id kept in $request->sid; session() memoised
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '4') die('skip 4.2.1 semantics (cookies url-decoded, no full_path): profile 5 is checked against 5.2.2 by tests/differential/http_app5.phpt'); ?>
--FILE--
<?php
namespace {
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;

Session::$name = 'PHPSID';
Session::$cookieLifetime = 1440;
Session::$cookiePath = '/';
Session::$domain = '';
Session::$secure = false;
Session::$httpOnly = true;
Session::$sameSite = '';

class Conn { public $headers = []; }
function set_cookie($conn) {
    // 4.x wrote $connection->__header; this extension the 5.x place, $connection->headers
    $line = $conn->headers['Set-Cookie'] ?? $conn->__header['Set-Cookie'] ?? null;
    return $line === null ? null : preg_replace('/=[0-9a-f]{32}(;|$)/', '=<32 hex>$1', json_encode($line, JSON_UNESCAPED_SLASHES));
}

echo "-- from the cookie --\n";
$r = new Request("GET / HTTP/1.1\r\nCookie: a=1; PHPSID=cookieid123\r\n\r\n");
$r->connection = $c = new Conn;
var_dump($r->sessionId(), $r->sessionId(), $r->sid, set_cookie($c));
$s = $r->session();
var_dump(get_class($s), $s->getId(), $r->session() === $s, $r->session === $s);

echo "-- no cookie: a new id, cookie queued --\n";
$r = new Request("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
$r->connection = $c = new Conn;
$id = $r->sessionId();
var_dump((bool)preg_match('/^[0-9a-f]{32}$/', $id), $r->sessionId() === $id, $r->properties['sid'] === $id, set_cookie($c));
var_dump($r->session()->getId() === $id);

echo "-- given id --\n";
$r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=old\r\n\r\n");
$r->connection = $c = new Conn;
var_dump($r->sessionId(), $r->sessionId('chosen'), set_cookie($c), $r->sessionId());

echo "-- cookie attributes --\n";
Session::$domain = 'example.com';
Session::$sameSite = 'Lax';
Session::$secure = true;
Session::$cookieLifetime = 0;
Session::$httpOnly = false;
Session::$cookiePath = '';
$r = new Request("GET / HTTP/1.1\r\n\r\n");
$r->connection = $c = new Conn;
$r->sessionId();
var_dump(set_cookie($c));

echo "-- another session name --\n";
Session::$name = 'MYSID';
$r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=x; MYSID=mine\r\n\r\n");
var_dump($r->sessionId());
Session::$name = 'PHPSID';

echo "-- detached --\n";
$r = new Request("GET / HTTP/1.1\r\n\r\n");
var_dump($r->sessionId());
echo "\n";
var_dump($r->session(), isset($r->sid));

echo "-- a subclass's createSessionId --\n";
class FixedIdRequest extends Request
{
    protected static function createSessionId() { return 'fixed-id'; }
}
$r = new FixedIdRequest("GET / HTTP/1.1\r\n\r\n");
$r->connection = $c = new Conn;
var_dump($r->sessionId(), set_cookie($c));
}
--EXPECT--
-- from the cookie --
string(11) "cookieid123"
string(11) "cookieid123"
string(11) "cookieid123"
NULL
string(32) "Workerman\Protocols\Http\Session"
string(11) "cookieid123"
bool(true)
bool(true)
-- no cookie: a new id, cookie queued --
bool(true)
bool(true)
bool(true)
string(51) "["PHPSID=<32 hex>; Max-Age=1440; Path=/; HttpOnly"]"
bool(true)
-- given id --
string(3) "old"
string(6) "chosen"
string(49) "["PHPSID=chosen; Max-Age=1440; Path=/; HttpOnly"]"
string(6) "chosen"
-- cookie attributes --
string(61) "["PHPSID=<32 hex>; Domain=example.com; SameSite=Lax; Secure"]"
-- another session name --
string(4) "mine"
-- detached --
Request->session() fail, header already sendbool(false)

Request->session() fail, header already sendbool(false)
bool(false)
-- a subclass's createSessionId --
string(8) "fixed-id"
string(61) "["PHPSID=fixed-id; Domain=example.com; SameSite=Lax; Secure"]"
