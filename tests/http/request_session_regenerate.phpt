--TEST--
Http\Request::sessionRegenerateId() (5.x): the data moves to a session under a new id whose cookie is queued on the connection, the old one flushed on request; detached -> RuntimeException
--EXTENSIONS--
workerman
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

$r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=oldid\r\n\r\n");
$r->connection = $c = new Conn;
$old = $r->session();
$old->set('user', 'bob');
$new = $r->sessionRegenerateId(true);
var_dump((bool)preg_match('/^[0-9a-f]{32}$/', $new), $new === $r->sessionId(), $r->session()->getId() === $new);
var_dump($r->session()->get('user'), $old->get('user'));
var_dump(preg_replace('/[0-9a-f]{32}/', 'ID', $c->headers['Set-Cookie'][0]));

$r = new Request("GET / HTTP/1.1\r\n\r\n");
try { $r->sessionRegenerateId(); } catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
--EXPECT--
bool(true)
bool(true)
bool(true)
string(3) "bob"
NULL
string(41) "PHPSID=ID; Max-Age=1440; Path=/; HttpOnly"
RuntimeException: Request->setSidCookie() fail, header already send
