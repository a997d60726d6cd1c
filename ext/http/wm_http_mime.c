/* wm_http_mime.c: which Content-Type a file response gets for a file extension.
 * The type strings are the ones nginx's and Workerman 4's tables give (woff stays
 * application/font-woff as in 4.2.1); a few newer formats (woff2, wasm, OpenDocument,
 * avif) are added so those files are served inline instead of as downloads.
 * Extensions are matched exactly (lower case), as 4.x does. */
#include "wm_http_mime.h"

const wm_http_mime_type wm_http_mime_types[] = {
	/* text */
	{"html", "text/html"}, {"htm", "text/html"}, {"shtml", "text/html"},
	{"css", "text/css"}, {"xml", "text/xml"}, {"mml", "text/mathml"},
	{"txt", "text/plain"}, {"jad", "text/vnd.sun.j2me.app-descriptor"},
	{"wml", "text/vnd.wap.wml"}, {"htc", "text/x-component"},

	/* images */
	{"gif", "image/gif"}, {"jpeg", "image/jpeg"}, {"jpg", "image/jpeg"},
	{"png", "image/png"}, {"tif", "image/tiff"}, {"tiff", "image/tiff"},
	{"wbmp", "image/vnd.wap.wbmp"}, {"ico", "image/x-icon"}, {"jng", "image/x-jng"},
	{"bmp", "image/x-ms-bmp"}, {"svg", "image/svg+xml"}, {"svgz", "image/svg+xml"},
	{"webp", "image/webp"}, {"avif", "image/avif"},

	/* fonts */
	{"woff", "application/font-woff"}, {"woff2", "font/woff2"}, {"ttf", "font/ttf"},
	{"eot", "application/vnd.ms-fontobject"},

	/* scripts, feeds, documents */
	{"js", "application/javascript"}, {"atom", "application/atom+xml"},
	{"rss", "application/rss+xml"}, {"json", "application/json"},
	{"wasm", "application/wasm"}, {"hqx", "application/mac-binhex40"},
	{"doc", "application/msword"}, {"pdf", "application/pdf"},
	{"ps", "application/postscript"}, {"eps", "application/postscript"},
	{"ai", "application/postscript"}, {"rtf", "application/rtf"},
	{"m3u8", "application/vnd.apple.mpegurl"},
	{"kml", "application/vnd.google-earth.kml+xml"},
	{"kmz", "application/vnd.google-earth.kmz"},
	{"xls", "application/vnd.ms-excel"}, {"ppt", "application/vnd.ms-powerpoint"},
	{"odg", "application/vnd.oasis.opendocument.graphics"},
	{"odp", "application/vnd.oasis.opendocument.presentation"},
	{"ods", "application/vnd.oasis.opendocument.spreadsheet"},
	{"odt", "application/vnd.oasis.opendocument.text"},
	{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
	{"wmlc", "application/vnd.wap.wmlc"}, {"xhtml", "application/xhtml+xml"},
	{"xspf", "application/xspf+xml"},

	/* archives and packages */
	{"jar", "application/java-archive"}, {"war", "application/java-archive"},
	{"ear", "application/java-archive"}, {"7z", "application/x-7z-compressed"},
	{"cco", "application/x-cocoa"}, {"jardiff", "application/x-java-archive-diff"},
	{"jnlp", "application/x-java-jnlp-file"}, {"run", "application/x-makeself"},
	{"pl", "application/x-perl"}, {"pm", "application/x-perl"},
	{"prc", "application/x-pilot"}, {"pdb", "application/x-pilot"},
	{"rar", "application/x-rar-compressed"},
	{"rpm", "application/x-redhat-package-manager"}, {"sea", "application/x-sea"},
	{"swf", "application/x-shockwave-flash"}, {"sit", "application/x-stuffit"},
	{"tcl", "application/x-tcl"}, {"tk", "application/x-tcl"},
	{"der", "application/x-x509-ca-cert"}, {"pem", "application/x-x509-ca-cert"},
	{"crt", "application/x-x509-ca-cert"}, {"xpi", "application/x-xpinstall"},
	{"zip", "application/zip"},

	/* binaries: known, so no Content-Disposition, but typed as plain bytes */
	{"bin", "application/octet-stream"}, {"exe", "application/octet-stream"},
	{"dll", "application/octet-stream"}, {"deb", "application/octet-stream"},
	{"dmg", "application/octet-stream"}, {"iso", "application/octet-stream"},
	{"img", "application/octet-stream"}, {"msi", "application/octet-stream"},
	{"msp", "application/octet-stream"}, {"msm", "application/octet-stream"},

	/* audio */
	{"mid", "audio/midi"}, {"midi", "audio/midi"}, {"kar", "audio/midi"},
	{"mp3", "audio/mpeg"}, {"ogg", "audio/ogg"}, {"m4a", "audio/x-m4a"},
	{"ra", "audio/x-realaudio"},

	/* video */
	{"3gpp", "video/3gpp"}, {"3gp", "video/3gpp"}, {"ts", "video/mp2t"},
	{"mp4", "video/mp4"}, {"mpeg", "video/mpeg"}, {"mpg", "video/mpeg"},
	{"mov", "video/quicktime"}, {"webm", "video/webm"}, {"flv", "video/x-flv"},
	{"m4v", "video/x-m4v"}, {"mng", "video/x-mng"}, {"asx", "video/x-ms-asf"},
	{"asf", "video/x-ms-asf"}, {"wmv", "video/x-ms-wmv"}, {"avi", "video/x-msvideo"},
};

const size_t wm_http_mime_type_count = sizeof(wm_http_mime_types) / sizeof(wm_http_mime_types[0]);
