--TEST--
Http\Request from malformed buffers (no CRLF, no head end, odd request lines, bad bodies) gives what 4.2.1 gives and never reads past the buffer
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '4') die('skip 4.2.1 request semantics (header values ltrim()ed, lines without a colon kept): API profile 4'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Request;

$buffers = [
    '', 'G', 'GET', "GET\r\n", "GET /\r\n", "\r\n", "\r\n\r\n", "\r\n\r\n\r\n", " / HTTP/1.1\r\n\r\n",
    "GET  /two-spaces HTTP/1.1\r\n\r\n", "GET /a HTTP/1.1 trailing words\r\nHost: x\r\n\r\nbody",
    "GET /HTTP/x HTTP/1.1\r\n\r\n", "GET / HTTP/0\r\n\r\n", "GET / HTTP/\r\n\r\n", "GET / HTTP/1.1",
    "GET /q?a=1 HTTP/1.1\r\nHost: a\r\nCookie: c=1\r\n", "GET / HTTP/1.1\r\nHost\r\n:\r\n: v\r\n\r\n",
    "GET / HTTP/1.1\r\nA\rB: x\nC\r\n\r\n", "x\r\n\r\ny", "POST / HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=\r\n\r\n--\r\n",
    "POST / HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end",
    "POST / HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\n\r\n--b",
    "POST / HTTP/1.1\r\nContent-Type: boundary=\"\r\n\r\n\r\n--\"\r\n\r\n",
    "GET /\x00nul?\x01=\x02 HTTP/1.1\r\nH\x00st: \x00v\r\n\r\n",
];
foreach ($buffers as $b) {
    $r = new Request($b);
    echo json_encode(bin2hex($b)), "\n  ", json_encode([
        $r->method(), $r->uri(), $r->path(), $r->queryString(), $r->protocolVersion(), $r->host(), $r->host(true),
        $r->header(), $r->cookie(), $r->get(), $r->post(), $r->file(), $r->rawHead(), $r->rawBody(),
    ], JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
}
--EXPECT--
""
  ["","\/","\/","","1.0",null,null,[],[],[],[],[],false,""]
"47"
  ["","\/","\/","","1.0",null,null,[],[],[],[],[],false,""]
"474554"
  ["","\/","\/","","1.0",null,null,[],[],[],[],[],false,""]
"4745540d0a"
  ["GET","\/","\/","","1.0",null,null,[],[],[],{"\n":""},[],false,"\n"]
"474554202f0d0a"
  ["GET","\/","\/","","1.0",null,null,[],[],[],{"\/\r\n":""},[],false,"\/\r\n"]
"0d0a"
  ["","\/","\/","","1.0",null,null,[],[],[],[],[],false,""]
"0d0a0d0a"
  ["","\/","\/","","1.0",null,null,[],[],[],[],[],"",""]
"0d0a0d0a0d0a"
  ["","\/","\/","","1.0",null,null,[],[],[],{"\r\n":""},[],"","\r\n"]
"202f20485454502f312e310d0a0d0a"
  ["","\/","\/","","1.1",null,null,[],[],[],[],[]," \/ HTTP\/1.1",""]
"47455420202f74776f2d73706163657320485454502f312e310d0a0d0a"
  ["GET","","","","1.1",null,null,[],[],[],[],[],"GET  \/two-spaces HTTP\/1.1",""]
"474554202f6120485454502f312e3120747261696c696e6720776f7264730d0a486f73743a20780d0a0d0a626f6479"
  ["GET","\/a","\/a","","1.1 trailing words","x","x",{"host":"x"},[],[],{"body":""},[],"GET \/a HTTP\/1.1 trailing words\r\nHost: x","body"]
"474554202f485454502f7820485454502f312e310d0a0d0a"
  ["GET","\/HTTP\/x","\/HTTP\/x","","x HTTP\/1.1",null,null,[],[],[],[],[],"GET \/HTTP\/x HTTP\/1.1",""]
"474554202f20485454502f300d0a0d0a"
  ["GET","\/","\/","","1.0",null,null,[],[],[],[],[],"GET \/ HTTP\/0",""]
"474554202f20485454502f0d0a0d0a"
  ["GET","\/","\/","","1.0",null,null,[],[],[],[],[],"GET \/ HTTP\/",""]
"474554202f20485454502f312e31"
  ["","\/","\/","","1.0",null,null,[],[],[],{"\/_HTTP\/1_1":""},[],false,"\/ HTTP\/1.1"]
"474554202f713f613d3120485454502f312e310d0a486f73743a20610d0a436f6f6b69653a20633d310d0a"
  ["GET","\/q?a=1","\/q","a=1","1.1",null,null,[],[],{"a":"1"},{"\/q?a":"1 HTTP\/1.1\r\nHost: a\r\nCookie: c=1\r\n"},[],false,"\/q?a=1 HTTP\/1.1\r\nHost: a\r\nCookie: c=1\r\n"]
"474554202f20485454502f312e310d0a486f73740d0a3a0d0a3a20760d0a0d0a"
  ["GET","\/","\/","","1.1","","",{"host":"","":",v"},[],[],[],[],"GET \/ HTTP\/1.1\r\nHost\r\n:\r\n: v",""]
"474554202f20485454502f312e310d0a410d423a20780a430d0a0d0a"
  ["GET","\/","\/","","1.1",null,null,{"a\rb":"x\nC"},[],[],[],[],"GET \/ HTTP\/1.1\r\nA\rB: x\nC",""]
"780d0a0d0a79"
  ["x","\/","\/","","1.0",null,null,[],[],[],{"y":""},[],"x","y"]
"504f5354202f20485454502f312e310d0a436f6e74656e742d547970653a206d756c7469706172742f666f726d2d646174613b20626f756e646172793d0d0a0d0a2d2d0d0a"
  ["POST","\/","\/","","1.1",null,null,{"content-type":"multipart\/form-data; boundary="},[],[],{"--\r\n":""},[],"POST \/ HTTP\/1.1\r\nContent-Type: multipart\/form-data; boundary=","--\r\n"]
"504f5354202f20485454502f312e310d0a436f6e74656e742d547970653a206d756c7469706172742f666f726d2d646174613b20626f756e646172793d620d0a0d0a2d2d620d0a436f6e74656e742d446973706f736974696f6e3a20666f726d2d646174613b206e616d653d2278220d0a0d0a6e6f20656e64"
  ["POST","\/","\/","","1.1",null,null,{"content-type":"multipart\/form-data; boundary=b"},[],[],[],[],"POST \/ HTTP\/1.1\r\nContent-Type: multipart\/form-data; boundary=b","--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end"]
"504f5354202f20485454502f312e310d0a436f6e74656e742d547970653a206d756c7469706172742f666f726d2d646174613b20626f756e646172793d620d0a0d0a2d2d62"
  ["POST","\/","\/","","1.1",null,null,{"content-type":"multipart\/form-data; boundary=b"},[],[],[],[],"POST \/ HTTP\/1.1\r\nContent-Type: multipart\/form-data; boundary=b","--b"]
"504f5354202f20485454502f312e310d0a436f6e74656e742d547970653a20626f756e646172793d220d0a0d0a0d0a2d2d220d0a0d0a"
  ["POST","\/","\/","","1.1",null,null,{"content-type":"boundary=\""},[],[],[],[],"POST \/ HTTP\/1.1\r\nContent-Type: boundary=\"","\r\n--\"\r\n\r\n"]
"474554202f006e756c3f013d0220485454502f312e310d0a480073743a2000760d0a0d0a"
  ["GET","\/\u0000nul?\u0001=\u0002","\/_nul","_=_","1.1",null,null,{"h\u0000st":"v"},[],{"_":"_"},[],[],"GET \/\u0000nul?\u0001=\u0002 HTTP\/1.1\r\nH\u0000st: \u0000v",""]
