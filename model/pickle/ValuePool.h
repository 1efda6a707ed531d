#pragma once

#include <cstddef>
#include <new>

namespace ckpt {

// The allocator Value::make gives std::allocate_shared: freed blocks (a Value and its
// count, one size) are kept on a per-thread list and handed out again. Unpickling a
// state_dict makes and drops about fifteen values per tensor (argument tuples, storage
// ids); malloc's bins for blocks this size cost several times the list's two pointer
// moves. A thread keeps at most kKeep blocks and frees the rest and, when it ends, all;
// a block freed by another thread than the one that made it simply joins that thread's list.
template <class T> class ValuePoolAllocator {
public:
    using value_type = T;
    ValuePoolAllocator() = default;
    template <class U> ValuePoolAllocator(const ValuePoolAllocator<U> &) noexcept { }

    T *allocate(std::size_t n)
    {
        if (n != 1)
            return static_cast<T *>(::operator new(n * sizeof(T)));
        FreeList &list = freeList();
        if (Block *b = list.head) {
            list.head = b->next;
            --list.count;
            return reinterpret_cast<T *>(b);
        }
        return static_cast<T *>(::operator new(sizeof(Slot)));
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
        if (n != 1) {
            ::operator delete(p);
            return;
        }
        FreeList &list = freeList();
        if (list.count >= kKeep) {
            ::operator delete(p);
            return;
        }
        auto *b = reinterpret_cast<Block *>(p);
        b->next = list.head;
        list.head = b;
        ++list.count;
    }
    template <class U> bool operator==(const ValuePoolAllocator<U> &) const noexcept { return true; }

private:
    static constexpr std::size_t kKeep = 1 << 16;
    struct Block {
        Block *next;
    };
    union Slot {
        Block block;
        alignas(T) unsigned char bytes[sizeof(T)];
    };
    struct FreeList {
        Block *head = nullptr;
        std::size_t count = 0;
        ~FreeList()
        {
            while (head) {
                Block *next = head->next;
                ::operator delete(head);
                head = next;
            }
        }
    };
    static FreeList &freeList()
    {
        static thread_local FreeList list;
        return list;
    }
};

} // namespace ckpt
