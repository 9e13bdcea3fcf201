/*
 * locode.c: the locode type, a UN/LOCODE packed into 4 bytes (pass by value).
 */
#include "portemis.h"

#include "access/hash.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "pm_locode.h"

#define PG_GETARG_LOCODE(n) PG_GETARG_INT32(n)
#define PG_RETURN_LOCODE(x) PG_RETURN_INT32(x)

PG_FUNCTION_INFO_V1(locode_in);
Datum
locode_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int32		code;
	PmError		err;

	if (!pm_locode_parse(str, strlen(str), &code, &err))
		pm_raise_input_error(&err, "locode", str);
	PG_RETURN_LOCODE(code);
}

PG_FUNCTION_INFO_V1(locode_out);
Datum
locode_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(PM_LOCODE_LEN + 1);

	pm_locode_format(PG_GETARG_LOCODE(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: the 5 canonical characters, validated by the text parser. */
PG_FUNCTION_INFO_V1(locode_recv);
Datum
locode_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, len);
	int32		code;
	PmError		err;

	if (len != PM_LOCODE_LEN || memchr(bytes, ' ', len) != NULL ||
		!pm_locode_parse(bytes, len, &code, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary locode: expected 5 characters, 2 letters A-Z then 3 of A-Z or 2-9")));
	PG_RETURN_LOCODE(code);
}

PG_FUNCTION_INFO_V1(locode_send);
Datum
locode_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	char		text[PM_LOCODE_LEN + 1];

	pm_locode_format(PG_GETARG_LOCODE(0), text);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, text, PM_LOCODE_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The 2-letter ISO 3166-1 country part. */
PG_FUNCTION_INFO_V1(locode_country);
Datum
locode_country(PG_FUNCTION_ARGS)
{
	char		text[PM_LOCODE_LEN + 1];

	pm_locode_format(PG_GETARG_LOCODE(0), text);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(text, 2));
}

/* Comparison: the packed integers sort like the canonical text. */
#define LOCODE_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_LOCODE(0) op PG_GETARG_LOCODE(1)); \
}

LOCODE_CMP_FN(locode_lt, <)
LOCODE_CMP_FN(locode_le, <=)
LOCODE_CMP_FN(locode_eq, ==)
LOCODE_CMP_FN(locode_ne, !=)
LOCODE_CMP_FN(locode_ge, >=)
LOCODE_CMP_FN(locode_gt, >)

PG_FUNCTION_INFO_V1(locode_cmp);
Datum
locode_cmp(PG_FUNCTION_ARGS)
{
	int32		a = PG_GETARG_LOCODE(0);
	int32		b = PG_GETARG_LOCODE(1);

	PG_RETURN_INT32(a < b ? -1 : (a > b ? 1 : 0));
}

PG_FUNCTION_INFO_V1(locode_hash);
Datum
locode_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_LOCODE(0));
}

PG_FUNCTION_INFO_V1(locode_hash_extended);
Datum
locode_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_LOCODE(0), PG_GETARG_INT64(1));
}
