--TEST--
Http\Session: init() takes gc probability, lifetime and cookie params from php.ini (-d session.*), and again from ini_set() when called
--EXTENSIONS--
workerman
--INI--
session.gc_probability=3
session.gc_divisor=70
session.gc_maxlifetime=99
session.cookie_lifetime=60
session.cookie_path=/app
session.cookie_domain=example.com
session.cookie_secure=On
session.cookie_httponly=1
--FILE--
<?php
use Workerman\Protocols\Http\Session;
$first = [Session::$gcProbability, Session::$lifetime, Session::getCookieParams(), Session::$name];
ini_set('session.gc_probability', '0');     // 0: keep the current probability
ini_set('session.gc_maxlifetime', '0');     // falsy: keep the current lifetime
ini_set('session.cookie_path', '/other');
ini_set('session.cookie_secure', 'off');
ini_set('session.cookie_httponly', 'yes');
ini_set('session.cookie_lifetime', '5');
Session::$lifetime = 11;
$ret = Session::init();
$second = [Session::$gcProbability, Session::$lifetime, Session::getCookieParams()];
ini_set('session.gc_probability', '2');
ini_set('session.gc_maxlifetime', '30');
Session::init();
var_dump($first, $ret, $second, Session::$gcProbability, Session::$lifetime);
?>
--EXPECT--
array(4) {
  [0]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(70)
  }
  [1]=>
  int(99)
  [2]=>
  array(6) {
    ["lifetime"]=>
    int(60)
    ["path"]=>
    string(4) "/app"
    ["domain"]=>
    string(11) "example.com"
    ["secure"]=>
    bool(true)
    ["httponly"]=>
    bool(true)
    ["samesite"]=>
    string(0) ""
  }
  [3]=>
  string(6) "PHPSID"
}
NULL
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(70)
  }
  [1]=>
  int(11)
  [2]=>
  array(6) {
    ["lifetime"]=>
    int(5)
    ["path"]=>
    string(6) "/other"
    ["domain"]=>
    string(11) "example.com"
    ["secure"]=>
    bool(false)
    ["httponly"]=>
    bool(true)
    ["samesite"]=>
    string(0) ""
  }
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(70)
}
int(30)
