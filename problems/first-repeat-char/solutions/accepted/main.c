char first_repeat_char(char* s) {
    bool seen[256] = {false};
    for (const unsigned char* p = (const unsigned char*)s; *p; p++) {
        if (seen[*p]) return (char)*p;
        seen[*p] = true;
    }
    return '#';
}
