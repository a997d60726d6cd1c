--TEST--
Http\Session: ini_set('session.*') before the first session counts (4.2.1 runs Session::init() when Session.php first loads): lifetime and cookie params of the Set-Cookie line; statics PHP code touched first keep their values
--EXTENSIONS--
workerman
--INI--
session.gc_maxlifetime=1440
session.cookie_path=/
--FILE--
<?php
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;

class Conn { public $headers = []; }
ini_set('session.gc_maxlifetime', '1234');
ini_set('session.cookie_path', '/app');
ini_set('session.cookie_domain', 'example.com');

// no PHP code has read Session's statics yet: the first session reads the ini as it is now
$r = new Request("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
$r->connection = $c = new Conn;
$r->sessionId();
$out = [$c->headers['Set-Cookie'], Session::$lifetime, Session::$cookiePath, Session::$domain];

// from now on the statics are the application's: a later ini_set() is not read by itself
// (nothing printed yet: PHP refuses session ini changes once output has started)
ini_set('session.cookie_path', '/later');
Session::$domain = 'mine.example';
$r = new Request("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
$r->connection = $c = new Conn;
$r->sessionId();
$out[] = $c->headers['Set-Cookie'];
echo preg_replace('/=[0-9a-f]{32}(;|")/', '=<id>$1', json_encode($out, JSON_UNESCAPED_SLASHES)), "\n";
?>
--EXPECT--
[["PHPSID=<id>; Domain=example.com; Path=/app"],1234,"/app","example.com",["PHPSID=<id>; Domain=mine.example; Path=/app"]]
