/* wm_api_table.h: the body of one profile's registrar table, included by wm_api4.c and
 * wm_api5.c after the generated arginfo headers compiled with their WM_API value. */
#ifndef WM_API_TABLE_NAME
# error "define WM_API_TABLE_NAME before including wm_api_table.h"
#endif

const wm_api_registrars WM_API_TABLE_NAME = {
	.Autoloader = register_class_Workerman_Autoloader,
	.EventInterface = register_class_Workerman_Events_EventInterface,
	.Event = register_class_Workerman_Events_Event,
#if WM_API == 5
	.Fiber = register_class_Workerman_Events_Fiber,
#endif
	.Timer = register_class_Workerman_Timer,
	.LibTimer = register_class_Workerman_Lib_Timer,
	.ConnectionInterface = register_class_Workerman_Connection_ConnectionInterface,
	.TcpConnection = register_class_Workerman_Connection_TcpConnection,
	.connection_symbols = register_connection_symbols,
	.AsyncTcpConnection = register_class_Workerman_Connection_AsyncTcpConnection,
	.UdpConnection = register_class_Workerman_Connection_UdpConnection,
	.AsyncUdpConnection = register_class_Workerman_Connection_AsyncUdpConnection,
	.ProtocolInterface = register_class_Workerman_Protocols_ProtocolInterface,
	.Text = register_class_Workerman_Protocols_Text,
	.Frame = register_class_Workerman_Protocols_Frame,
	.Http = register_class_Workerman_Protocols_Http,
	.HttpRequest = register_class_Workerman_Protocols_Http_Request,
	.HttpResponse = register_class_Workerman_Protocols_Http_Response,
	.HttpChunk = register_class_Workerman_Protocols_Http_Chunk,
	.HttpServerSentEvents = register_class_Workerman_Protocols_Http_ServerSentEvents,
	.HttpSession = register_class_Workerman_Protocols_Http_Session,
	.HttpSessionException = register_class_Workerman_Protocols_Http_SessionException,
	.SessionHandlerInterface = register_class_Workerman_Protocols_Http_Session_SessionHandlerInterface,
	.FileSessionHandler = register_class_Workerman_Protocols_Http_Session_FileSessionHandler,
	.RedisSessionHandler = register_class_Workerman_Protocols_Http_Session_RedisSessionHandler,
	.RedisClusterSessionHandler = register_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler,
	.Websocket = register_class_Workerman_Protocols_Websocket,
	.Ws = register_class_Workerman_Protocols_Ws,
	.Worker = register_class_Workerman_Worker,
};
