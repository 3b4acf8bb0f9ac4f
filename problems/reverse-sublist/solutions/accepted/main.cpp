class Solution {
public:
    ListNode* reverseSublist(ListNode* head, int left, int right) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        for (int i = 1; i < left; i++) before = before->next;
        // Reverse the stretch with three pointers, then reconnect both ends.
        ListNode* first = before->next;
        ListNode* prev = nullptr;
        ListNode* cur = first;
        for (int i = left; i <= right; i++) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        before->next = prev;   // old last node of the stretch
        first->next = cur;     // node after the stretch (or null)
        return dummy.next;
    }
};
