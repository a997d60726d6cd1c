--TEST--
Http\Session: static defaults after init() with php.ini-production session settings, getCookieParams(), and statics assigned by the app survive first use
--EXTENSIONS--
workerman
--INI--
session.gc_probability=1
session.gc_divisor=1000
session.gc_maxlifetime=1440
session.cookie_lifetime=0
session.cookie_path=/
session.cookie_domain=
session.cookie_secure=0
session.cookie_httponly=
session.name=PHPSESSID
--FILE--
<?php
use Workerman\Protocols\Http\Session;
$r = new ReflectionClass(Session::class);
foreach ($r->getProperties(ReflectionProperty::IS_STATIC) as $p) {
    $p->setAccessible(true);
    echo ($p->isPublic() ? 'public ' : 'protected '), '$', $p->getName(), ' = ', json_encode($p->getValue()), "\n";
}
foreach ($r->getProperties() as $p) {
    if (!$p->isStatic()) echo ($p->isPublic() ? 'public ' : 'protected '), '$', $p->getName(), "\n";
}
var_dump(Session::getCookieParams());
Session::$cookieLifetime = 3600;
Session::$sameSite = 'Lax';
Session::$gcProbability[1] = 5;
$dir = sys_get_temp_dir() . '/wm_sess_statics_' . getmypid();
Session::handlerClass(null, ['save_path' => $dir]);
$s = new Session('x1');
unset($s);
var_dump(Session::$cookieLifetime, Session::$sameSite, Session::$gcProbability, Session::getCookieParams()['samesite']);
rmdir($dir);
?>
--EXPECT--
protected $_handlerClass = "Workerman\\Protocols\\Http\\Session\\FileSessionHandler"
protected $_handlerConfig = null
public $name = "PHPSID"
public $autoUpdateTimestamp = false
public $lifetime = 1440
public $cookieLifetime = 0
public $cookiePath = "\/"
public $domain = ""
public $secure = false
public $httpOnly = false
public $sameSite = ""
public $gcProbability = [1,1000]
protected $_handler = null
protected $_data
protected $_needSave
protected $_sessionId
protected $_isSafe
array(6) {
  ["lifetime"]=>
  int(0)
  ["path"]=>
  string(1) "/"
  ["domain"]=>
  string(0) ""
  ["secure"]=>
  bool(false)
  ["httponly"]=>
  bool(false)
  ["samesite"]=>
  string(0) ""
}
int(3600)
string(3) "Lax"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(5)
}
string(3) "Lax"
