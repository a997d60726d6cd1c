--TEST--
Differential: 43 request buffers (well-formed, odd, malformed; urlencoded, json, multipart uploads, maxFileUploads) and 600 seeded mutations of them through every getter of this extension's Http\Request and of Workerman 4.2.1's own Request (a plain php process) give the same var_export, temp files included
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '4') die('skip 4.2.1 request semantics (header values ltrim()ed, lines without a colon kept): API profile 4'); ?>
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
require __DIR__ . '/request_corpus.inc';
$ours = wm_req_dump_corpus(600);

$script = tempnam(sys_get_temp_dir(), 'wm_req_ref');
file_put_contents($script, '<?php require ' . var_export(wm_workerman_dir() . '/Autoloader.php', true) . ";\n"
    . "class_exists('Workerman\\\\Protocols\\\\Http');\n"  // 4.2.1 names it HTTP:: in parseUploadFile
    // 4.2.1 caches parsed bodies by the body alone: a body seen before under another
    // Content-Type would come back parsed the old way. This extension parses each request.
    . "Workerman\\Protocols\\Http\\Request::enableCache(false);\n"
    . 'require ' . var_export(__DIR__ . '/request_corpus.inc', true) . ";\n"
    . "echo wm_req_dump_corpus(600);\n");
/* 4.2.1 leaves the temp file of a repeated upload part behind: it gets a directory of its own. */
$refTmp = sys_get_temp_dir() . '/wm_req_ref_tmp.' . getmypid();
@mkdir($refTmp);
$theirs = shell_exec(escapeshellarg(PHP_BINARY) . ' -d upload_tmp_dir=' . escapeshellarg($refTmp) . ' ' . escapeshellarg($script) . ' 2>&1');
unlink($script);
array_map('unlink', glob("$refTmp/*"));
rmdir($refTmp);
if ($ours === $theirs) {
    echo "same (", preg_match_all('/^== /m', $ours), " cases)\n";
} else {
    file_put_contents(sys_get_temp_dir() . '/wm_req_ours.txt', $ours);
    file_put_contents(sys_get_temp_dir() . '/wm_req_theirs.txt', $theirs);
    echo "differ: see ", sys_get_temp_dir(), "/wm_req_ours.txt and wm_req_theirs.txt\n";
}
?>
--EXPECT--
same (643 cases)
